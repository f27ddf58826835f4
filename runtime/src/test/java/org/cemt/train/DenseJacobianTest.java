package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The grouped Jacobian products equal the one-row loops bit for bit (rows not a multiple of four, zeros in u). */
class DenseJacobianTest {
    private static double[] random(int n, SplittableRandom r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(-1, 1) * Math.pow(10, r.nextInt(-3, 4));
        }
        return a;
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    @Test
    void rowDotsEqualTheOneRowLoop() {
        SplittableRandom r = new SplittableRandom(3);
        for (int rows : new int[] {1, 3, 4, 7, 63}) {
            int cols = 1 + r.nextInt(300);
            double[] j = random(rows * cols, r);
            float[] jf = toFloat(j);
            double[] g = random(cols + 5, r);
            double[] start = random(rows, r);
            double[] expected = start.clone();
            double[] expectedF = start.clone();
            for (int k = 0; k < rows; k++) {
                double s = 0;
                double sf = 0;
                for (int q = 0; q < cols; q++) {
                    s += j[k * cols + q] * g[5 + q];
                    sf += jf[k * cols + q] * g[5 + q];
                }
                expected[k] += s;
                expectedF[k] += sf;
            }
            double[] out = start.clone();
            DenseJacobian.addRowDots(j, null, rows, cols, g, 5, out);
            assertArrayEquals(expected, out, 0.0, "double, rows " + rows);
            double[] outF = start.clone();
            DenseJacobian.addRowDots(null, jf, rows, cols, g, 5, outF);
            assertArrayEquals(expectedF, outF, 0.0, "float, rows " + rows);
        }
    }

    @Test
    void weightedRowsEqualTheOneRowLoopAndSkipZeros() {
        SplittableRandom r = new SplittableRandom(4);
        for (int rows : new int[] {1, 5, 8, 63}) {
            int cols = 1 + r.nextInt(300);
            double[] j = random(rows * cols, r);
            float[] jf = toFloat(j);
            double[] u = random(rows, r);
            for (int k = 0; k < rows; k += 3) {
                u[k] = 0;
            }
            double[] expected = new double[cols + 2];
            double[] expectedF = new double[cols + 2];
            for (int k = 0; k < rows; k++) {
                if (u[k] == 0) {
                    continue;
                }
                for (int q = 0; q < cols; q++) {
                    expected[2 + q] += j[k * cols + q] * u[k];
                    expectedF[2 + q] += jf[k * cols + q] * u[k];
                }
            }
            double[] out = random(cols + 2, r);
            expected[0] = out[0];
            expected[1] = out[1];
            expectedF[0] = out[0];
            expectedF[1] = out[1];
            double[] outF = out.clone();
            DenseJacobian.weightedRows(j, null, rows, cols, u, out, 2);
            assertArrayEquals(expected, out, 0.0, "double, rows " + rows);
            DenseJacobian.weightedRows(null, jf, rows, cols, u, outF, 2);
            assertArrayEquals(expectedF, outF, 0.0, "float, rows " + rows);
            if (rows > 1) {
                assertNotEquals(0.0, out[2]);
            }
        }
    }
}
