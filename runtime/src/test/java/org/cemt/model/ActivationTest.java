package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cemt.core.InputException;
import org.junit.jupiter.api.Test;

/** Activation values against closed forms and their first and second derivatives against central differences. */
class ActivationTest {
    @Test
    void geluIsExactAndTanhFormIsSeparate() {
        // GELU(1) = Φ(1), GELU(−1) = −Φ(−1)
        assertEquals(0.8413447460685429, Activation.GELU.value(1.0), 1e-15);
        assertEquals(-0.15865525393145707, Activation.GELU.value(-1.0), 1e-15);
        assertEquals(0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * 1.044715)), Activation.GELU_TANH.value(1.0), 1e-15);
        assertTrue(Math.abs(Activation.GELU.value(1.0) - Activation.GELU_TANH.value(1.0)) > 1e-4);
        assertEquals(Math.log(2), Activation.SOFTPLUS.value(0), 1e-15);
        assertEquals(800.0, Activation.SOFTPLUS.value(800), 1e-12);
        assertEquals(2 / (1 + Math.exp(-2)), Activation.SILU.value(2), 1e-15);
        assertEquals(Math.tanh(0.7), Activation.TANH.value(0.7), 0.0);
    }

    @Test
    void derivativesMatchCentralDifferences() {
        double h = 1e-5;
        for (Activation a : Activation.values()) {
            for (double u = -7; u <= 7; u += 0.37) {
                double d1 = (a.value(u + h) - a.value(u - h)) / (2 * h);
                double d2 = (a.d1(u + h) - a.d1(u - h)) / (2 * h);
                assertEquals(d1, a.d1(u), 1e-9, a + " φ' at " + u);
                assertEquals(d2, a.d2(u), 1e-9, a + " φ'' at " + u);
            }
            assertTrue(Math.abs(a.d2(0.3)) > 1e-3, a + ": φ'' trivially small");
        }
    }

    @Test
    void parsesLabelsAndRejectsOthers() {
        for (Activation a : Activation.values()) {
            assertEquals(a, Activation.parse(a.label()));
        }
        InputException e = assertThrows(InputException.class, () -> Activation.parse("relu"));
        assertEquals("activation: name: expected one of gelu, gelu-tanh, tanh, silu, softplus, found 'relu'",
            e.getMessage());
    }
}
