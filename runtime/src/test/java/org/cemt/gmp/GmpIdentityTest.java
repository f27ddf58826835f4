package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** The exact identities of SPEC.md §3-4 and the feature layout of §3.8. */
class GmpIdentityTest {
    static double eval(double[] coef, int n, double x, double y, double z) {
        double s = 0;
        int[][] t = Angular.triples(n);
        for (int k = 0; k < t.length; k++) {
            s += coef[k] * Math.pow(x, t[k][0]) * Math.pow(y, t[k][1]) * Math.pow(z, t[k][2]);
        }
        return s;
    }

    @Test
    void polynomialsMatchTheWrittenExamples() {
        // T_400 = 24x⁴ − 72x²y² − 72x²z² + 9y⁴ + 18y²z² + 9z⁴, T_211 = 90x²yz − 15y³z − 15yz³ (SPEC.md §3.1)
        double[] t400 = Angular.exactCoefficients(4, 0, 0);
        assertEquals(24, t400[Angular.index(4, 4, 0)]);
        assertEquals(-72, t400[Angular.index(4, 2, 2)]);
        assertEquals(18, t400[Angular.index(4, 0, 2)]);
        double[] t211 = Angular.exactCoefficients(2, 1, 1);
        assertEquals(90, t211[Angular.index(4, 2, 1)]);
        assertEquals(-15, t211[Angular.index(4, 0, 3)]);
        assertEquals(21829500, Angular.exactCoefficients(3, 3, 3)[Angular.index(9, 3, 3)]);
        assertEquals(21829320, Angular.of(9, true).coef[Angular.index(9, 3, 3)][Angular.index(9, 3, 3)]);
    }

    @Test
    void normIdentityHoldsForEveryOrder() {
        // Σ mult(a,b,c) T_abc(v)² = n!(2n−1)!! |v|^(2n)  (SPEC.md eq. 4.1), exact variant
        Random r = new Random(1);
        for (int n = 0; n <= 9; n++) {
            Angular t = Angular.of(n, false);
            for (int trial = 0; trial < 5; trial++) {
                double x = r.nextGaussian(), y = r.nextGaussian(), z = r.nextGaussian();
                double s = 0;
                for (int c = 0; c < t.triples.length; c++) {
                    double v = eval(t.coef[c], n, x, y, z);
                    s += t.mult[c] * v * v;
                }
                double expect = Angular.fact(n) * Angular.doubleFactorial(2 * n - 1) * Math.pow(x * x + y * y + z * z, n);
                assertEquals(expect, s, 1e-10 * expect, "order " + n);
            }
        }
    }

    @Test
    void groupCountsAndWeightsFollowThePaper() {
        int[] counts = {1, 1, 2, 3, 4, 5, 7, 8, 10, 12};
        for (int n = 0; n <= 9; n++) {
            assertEquals(counts[n], Angular.of(n, false).groups.length, "order " + n);
        }
        Angular t = Angular.of(9, false);
        assertArrayEquals(new int[] {5, 4, 0}, t.groups[6]);
        assertEquals(1680, t.mult[t.groupMembers[11][0]]); // 333
    }

    @Test
    void solidFeatureIsTheWeightedSumOfItsGroups() {
        // F²_{n,σ} = Σ_g mult(g) G²_{n,σ,g}  (SPEC.md eq. 4.5)
        Structure s = GmpCases.skewedCell();
        double[] p = GmpCases.randomPoints(s, 3, 1.5, 31);
        GmpSpec.Builder b = GmpSpec.builder().orders(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).sigmas(0.3, 1.0)
            .density("QE-kjpaw");
        GmpFeatures solid = Featurizer.of(b.build()).compute(s, p);
        GmpFeatures groups = Featurizer.of(b.probes(GmpSpec.Probes.MCSH).build()).compute(s, p);
        assertEquals(2 * (1 + 1 + 2 + 3 + 4 + 5 + 7 + 8 + 10 + 12), groups.features());
        FeatureLayout gl = groups.layout();
        for (int i = 0; i < solid.points(); i++) {
            for (int f = 0; f < solid.features(); f++) {
                double sum = 0;
                for (int k = 0; k < groups.features(); k++) {
                    if (gl.order(k) == solid.layout().order(f) && gl.sigma(k) == solid.layout().sigma(f)) {
                        sum += gl.groupWeight(k) * groups.value(i, k) * groups.value(i, k);
                    }
                }
                double f2 = solid.value(i, f) * solid.value(i, f);
                assertEquals(f2, sum, 1e-12 * f2, solid.layout().label(f));
            }
        }
    }

    @Test
    void orderMinusOneIsTheSumOfAtomicDensities() {
        // ρ(X) = Σ_j ρ_e(j)(|X − R_j|) (SPEC.md eq. 1.1); order −1 alone needs no σ
        Structure s = GmpCases.water();
        double[] p = GmpCases.randomPoints(s, 4, 1.0, 51);
        GmpSpec spec = GmpSpec.builder().orders(-1).square(true).build();
        GmpFeatures x = Featurizer.of(spec).compute(s, p);
        assertEquals(1, x.features());
        for (int i = 0; i < 4; i++) {
            double rho = 0;
            for (int j = 0; j < 3; j++) {
                double dx = p[3 * i] - s.position(j, 0), dy = p[3 * i + 1] - s.position(j, 1);
                double dz = p[3 * i + 2] - s.position(j, 2);
                rho += spec.density().element(s.number(j)).density(Math.sqrt(dx * dx + dy * dy + dz * dz));
            }
            assertEquals(rho * rho, x.value(i, 0), 1e-12 * rho * rho);
        }
        double[] g = GmpCases.random(4, 52);
        double[] fa = x.vjpAtoms(g, new double[9]);
        double[] fp = x.vjpPoints(g, new double[12]);
        for (int q = 0; q < 3; q++) { // translation, axis by axis: Σ ∂/∂R + Σ ∂/∂X = 0 (eq. 8.5)
            double atoms = fa[q] + fa[3 + q] + fa[6 + q];
            assertTrue(Math.abs(atoms) > 1e-6, "not trivially zero");
            assertEquals(-atoms, fp[q] + fp[3 + q] + fp[6 + q] + fp[9 + q], 1e-12 * Math.abs(atoms));
        }
    }

    @Test
    void layoutIsOrderThenSigmaWithTheDensityOnceFirst() {
        GmpSpec spec = GmpSpec.builder().orders(3, -1, 0, 1, 2).sigmas(0.5, 0.1, 0.3, 0.2, 0.4).build();
        FeatureLayout l = Featurizer.of(spec).layout();
        assertEquals(21, l.size());
        assertEquals(-1, l.order(0));
        assertEquals(0.0, l.sigma(0));
        assertEquals(0, l.order(1));
        assertEquals(0.1, l.sigma(1));
        assertEquals(0.2, l.sigma(2));
        assertEquals(3, l.order(20));
        assertEquals(0.5, l.sigma(20));
        GmpSpec atom = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4, 5).sigmas(sigmas40()).build();
        assertEquals(241, Featurizer.of(atom).layout().size());
        GmpSpec mcsh = GmpSpec.builder().orders(0, 1, 2, 3).sigmas(sigmas40()).probes(GmpSpec.Probes.MCSH).build();
        assertEquals(40 * 7, Featurizer.of(mcsh).layout().size());
        assertEquals("(2, 0.05, 200)", Featurizer.of(mcsh).layout().label(80)); // 40 σ of order 0, then 40 of order 1
    }

    static double[] sigmas40() {
        double[] s = new double[40];
        for (int i = 0; i < 40; i++) {
            s[i] = 0.05 * (i + 1);
        }
        return s;
    }
}
