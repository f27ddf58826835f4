package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cemt.core.InputException;
import org.junit.jupiter.api.Test;

/** Parameter counts of the papers' networks and the flat layout; bad shapes refused with a clear message. */
class SnnArchitectureTest {
    @Test
    void parameterCountsMatchThePapersTableS2() {
        // CEMT paper Table S2: Linear layers with bias and a batch norm (γ, β) after each hidden layer
        assertEquals(300_481, SnnArchitecture.of(241, new int[] {512, 256, 128, 64, 32}, Activation.GELU, true)
            .parameterCount());
        assertEquals(36_657, SnnArchitecture.of(21, new int[] {128, 128, 64, 64, 32, 32, 16, 16}, Activation.GELU,
            true).parameterCount());
    }

    @Test
    void layoutIsContiguousAndInOrder() {
        SnnArchitecture a = SnnArchitecture.of(3, new int[] {4, 2}, Activation.TANH, true);
        assertEquals(0, a.weightOffset(0));
        assertEquals(12, a.biasOffset(0));
        assertEquals(16, a.gammaOffset(0));
        assertEquals(20, a.betaOffset(0));
        assertEquals(24, a.weightOffset(1));
        assertEquals(32, a.biasOffset(1));
        assertEquals(34, a.gammaOffset(1));
        assertEquals(36, a.betaOffset(1));
        assertEquals(38, a.outputWeightOffset());
        assertEquals(41, a.parameterCount());
        assertEquals(6, a.normalizedUnits());
        SnnArchitecture plain = SnnArchitecture.of(3, new int[] {4, 2}, Activation.TANH, false);
        assertEquals(-1, plain.gammaOffset(0));
        assertEquals(3 * 4 + 4 + 4 * 2 + 2 + 2 + 1, plain.parameterCount());
    }

    @Test
    void refusesBadShapes() {
        assertEquals("snn: features: expected at least 1, found 0", assertThrows(InputException.class,
            () -> SnnArchitecture.of(0, new int[] {4}, Activation.GELU, false)).getMessage());
        assertEquals("snn: hidden: expected at least one hidden layer, found none", assertThrows(
            InputException.class, () -> SnnArchitecture.of(3, new int[0], Activation.GELU, false)).getMessage());
        assertEquals("snn: hidden: expected widths ≥ 1, found [4, 0]", assertThrows(InputException.class,
            () -> SnnArchitecture.of(3, new int[] {4, 0}, Activation.GELU, false)).getMessage());
        Snn snn = Snn.create(SnnArchitecture.of(3, new int[] {4}, Activation.GELU, true), Precision.FLOAT64, 1, 1);
        assertEquals("snn.forward: x: expected length 6, found length 5", assertThrows(InputException.class,
            () -> snn.forward(new double[5], 2, BatchMode.EVAL)).getMessage());
        assertEquals("snn.forward: points: expected at least 2 to normalise a batch in TRAIN mode, found 1",
            assertThrows(InputException.class, () -> snn.forward(new double[3], 1, BatchMode.TRAIN)).getMessage());
        assertEquals("snn: parameters: expected length 29, found length 3", assertThrows(InputException.class,
            () -> snn.setParameters(new double[3])).getMessage());
        assertEquals("snn: threads: expected at least 1, found 0", assertThrows(InputException.class,
            () -> snn.setThreads(0)).getMessage());
        SnnPass pass = snn.forward(new double[6], 2, BatchMode.EVAL);
        assertEquals("snn.gradient: t, c: expected both given or both null, found array, null", assertThrows(
            InputException.class, () -> pass.gradient(null, new double[6], null, new double[29])).getMessage());
    }
}
