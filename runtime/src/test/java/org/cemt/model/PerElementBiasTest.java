package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.cemt.core.InputException;
import org.junit.jupiter.api.Test;

/** The least-squares per-element bias (paper 001 §2.3.1) recovers known biases and handles fixed compositions. */
class PerElementBiasTest {
    // the paper's Table 8 (100K QM9 set), eV
    private static final int[] Z = {1, 6, 7, 8, 9};
    private static final double[] B = {-2.7952721, -6.2177719, -4.5524431, -4.4326761, -4.0754931};

    private static int[][] molecules(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[][] numbers = new int[count][];
        for (int s = 0; s < count; s++) {
            int n = 3 + r.nextInt(20);
            numbers[s] = new int[n];
            for (int i = 0; i < n; i++) {
                numbers[s][i] = Z[r.nextInt(Z.length)];
            }
        }
        return numbers;
    }

    private static double exact(int[] numbers) {
        double e = 0;
        for (int z : numbers) {
            e += B[java.util.Arrays.binarySearch(Z, z)];
        }
        return e;
    }

    @Test
    void recoversExactBiasesFromExactEnergies() {
        int[][] numbers = molecules(200, 1);
        double[] energies = new double[numbers.length];
        for (int s = 0; s < numbers.length; s++) {
            energies[s] = exact(numbers[s]);
        }
        PerElementBias bias = PerElementBias.fit(numbers, energies);
        assertTrue(bias.unique());
        assertEquals(5, bias.rank());
        for (int i = 0; i < Z.length; i++) {
            assertEquals(B[i], bias.bias(Z[i]), 1e-12, "element " + Z[i]);
        }
    }

    @Test
    void leastSquaresOfNoisyEnergiesMatchesNormalEquationsAndNoiseAverages() {
        int[][] numbers = molecules(4000, 2);
        SplittableRandom r = new SplittableRandom(3);
        double[] energies = new double[numbers.length];
        for (int s = 0; s < numbers.length; s++) {
            energies[s] = exact(numbers[s]) + 0.05 * (2 * r.nextDouble() - 1);
        }
        PerElementBias bias = PerElementBias.fit(numbers, energies);
        // the residual is orthogonal to every count column (normal equations)
        double[] g = new double[Z.length];
        for (int s = 0; s < numbers.length; s++) {
            double res = energies[s] - bias.energy(numbers[s]);
            for (int z : numbers[s]) {
                g[java.util.Arrays.binarySearch(Z, z)] += res;
            }
        }
        for (int i = 0; i < Z.length; i++) {
            assertEquals(0, g[i], 1e-8, "normal equation " + i);
            assertEquals(B[i], bias.bias(Z[i]), 2e-3, "noise averages out for element " + Z[i]);
        }
    }

    @Test
    void fixedCompositionGivesMinimumNormBiasesThatFitTheMean() {
        int[] aspirin = new int[21];
        for (int i = 0; i < 21; i++) {
            aspirin[i] = i < 9 ? 6 : i < 17 ? 1 : 8;
        }
        int[][] numbers = {aspirin, aspirin, aspirin};
        double[] energies = {-100.0, -101.0, -102.0};
        PerElementBias bias = PerElementBias.fit(numbers, energies);
        assertFalse(bias.unique());
        assertEquals(1, bias.rank());
        assertEquals(-101.0, bias.energy(aspirin), 1e-12);
        // minimum norm: b ∝ counts (9, 8, 4) over elements (H, C, O) = (8, 9, 4)
        assertEquals(8.0 / 9.0, bias.bias(1) / bias.bias(6), 1e-12);
        assertEquals(4.0 / 9.0, bias.bias(8) / bias.bias(6), 1e-12);
    }

    @Test
    void absentElementsAndBadInputAreRefused() {
        PerElementBias bias = PerElementBias.fit(new int[][] {{1, 1, 8}, {1, 6}}, new double[] {-14.0, -9.0});
        assertEquals("per-element bias: element Au: expected one of the fitted elements [H, C, O], "
            + "found one absent from the fit", assertThrows(InputException.class, () -> bias.bias(79)).getMessage());
        assertEquals("per-element bias: structures: expected as many energies as structures, at least 1, "
            + "found 2 structures, 1 energies", assertThrows(InputException.class,
                () -> PerElementBias.fit(new int[][] {{1}, {6}}, new double[] {1.0})).getMessage());
        assertEquals("per-element bias: structure 1: energy: expected a finite number, found NaN",
            assertThrows(InputException.class,
                () -> PerElementBias.fit(new int[][] {{1}, {6}}, new double[] {1.0, Double.NaN})).getMessage());
    }
}
