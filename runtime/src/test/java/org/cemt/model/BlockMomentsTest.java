package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Block-combined batch statistics against plain two-pass sums, including a large common offset. */
class BlockMomentsTest {
    @Test
    void combinedBlocksGiveTheMeanAndBiasedVarianceOfAllRows() {
        SplittableRandom r = new SplittableRandom(8);
        for (int rows : new int[] {1, 2, 63, 64, 65, 200, 1000}) {
            int n = 5;
            double[] a = new double[rows * n];
            for (int i = 0; i < a.length; i++) {
                // column j: offset 10^j (up to 10^4), spread j + 1: the shift to block means keeps the variance
                int j = i % n;
                a[i] = Math.pow(10, j) + (j + 1) * r.nextGaussian();
            }
            BlockMoments m = new BlockMoments(rows, n);
            // blocks in any order (tasks finish in any order)
            for (int b = (rows - 1) / BlockMoments.BLOCK; b >= 0; b--) {
                m.add(a, null, b * BlockMoments.BLOCK, Math.min(rows, (b + 1) * BlockMoments.BLOCK));
            }
            double[] mean = m.mean();
            double[] var = m.variance(mean);
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < rows; p++) {
                    s += a[p * n + j];
                }
                double mu = s / rows;
                double v = 0;
                for (int p = 0; p < rows; p++) {
                    v += (a[p * n + j] - mu) * (a[p * n + j] - mu);
                }
                v /= rows;
                assertEquals(mu, mean[j], 1e-14 * Math.pow(10, j), rows + " rows, column " + j + " mean");
                assertEquals(v, var[j], 1e-12 * (v + 1e-300), rows + " rows, column " + j + " variance");
            }
        }
    }
}
