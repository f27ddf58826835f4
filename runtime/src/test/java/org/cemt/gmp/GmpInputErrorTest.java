package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cemt.core.InputException;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each bad input is refused with a one-line message naming the input and what was expected. */
class GmpInputErrorTest {
    static String err(Executable e) {
        return assertThrows(InputException.class, e).getMessage();
    }

    static final GmpSpec SPEC = GmpSpec.builder().orders(-1, 0, 1).sigmas(0.5).build();

    @Test
    void badSpecsAreRefused() {
        assertEquals("gmp spec: orders: expected orders in -1..9, found 10",
            err(() -> GmpSpec.builder().orders(0, 10).sigmas(1).build()));
        assertEquals("gmp spec: orders: expected orders in -1..9, found -2",
            err(() -> GmpSpec.builder().orders(-2).sigmas(1).build()));
        assertEquals("gmp spec: orders: expected at least one order in -1..9, found none",
            err(() -> GmpSpec.builder().sigmas(1).build()));
        assertEquals("gmp spec: sigmas: expected finite sigmas > 0 (Å), found 0.0",
            err(() -> GmpSpec.builder().orders(0).sigmas(0.5, 0).build()));
        assertEquals("gmp spec: sigmas: expected finite sigmas > 0 (Å), found -0.1",
            err(() -> GmpSpec.builder().orders(0).sigmas(-0.1).build()));
        assertEquals("gmp spec: sigmas: expected finite sigmas > 0 (Å), found NaN",
            err(() -> GmpSpec.builder().orders(0).sigmas(Double.NaN).build()));
        assertEquals("gmp spec: sigmas: expected at least one sigma > 0 (Å), found none",
            err(() -> GmpSpec.builder().orders(0).build()));
        assertEquals("gmp spec: overlap threshold: expected a number in (0, 1), found 0.0",
            err(() -> GmpSpec.builder().orders(0).sigmas(1).overlapThreshold(0).build()));
        assertEquals("featurizer: threads: expected at least 1, found 0",
            err(() -> Featurizer.of(SPEC).withThreads(0)));
        // order −1 alone needs no sigma
        assertEquals(1, Featurizer.of(GmpSpec.builder().orders(-1).build()).layout().size());
    }

    @Test
    void badPointsAndStructuresAreRefused() {
        Featurizer fz = Featurizer.of(SPEC);
        Structure w = GmpCases.water();
        assertEquals("featurizer: points: expected at least one point, found none",
            err(() -> fz.compute(w, new double[0])));
        assertEquals("featurizer: points: expected 3 coordinates per point, found 4 numbers",
            err(() -> fz.compute(w, new double[4])));
        assertEquals("featurizer: point 1: expected finite coordinates (Å), found NaN",
            err(() -> fz.compute(w, new double[] {0, 0, 0, 1, Double.NaN, 0})));
        assertEquals("featurizer: point 0: expected finite coordinates (Å), found Infinity",
            err(() -> fz.compute(w, new double[] {Double.POSITIVE_INFINITY, 0, 0})));
        assertEquals("structure: atom 1 position: expected finite coordinates, found NaN",
            err(() -> Structure.molecule(new int[] {1, 1}, new double[] {0, 0, 0, Double.NaN, 0, 0})));
        Structure stacked = Structure.molecule(new int[] {8, 1}, new double[] {0, 0, 0, 0, 0, 0});
        assertEquals("featurizer: atoms 0 and 1: expected positions at least 0.001 Å apart, found 0.0 Å",
            err(() -> fz.computeAtAtoms(stacked)));
        Structure pu = Structure.molecule(new int[] {94}, new double[] {0, 0, 0});
        assertEquals("density NC-SR: element: expected one of the elements it defines, found Pu",
            err(() -> fz.computeAtAtoms(pu)));
    }
}
