package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.cemt.density.DensitySet;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every analytic derivative against central finite differences (h = 1e-5 Å; 1e-6 relative in B): vjpAtoms (points
 * fixed), vjpPoints (atoms fixed), jvp (both moving) and vjpCoefficients, at atoms and off-atom points, for a
 * molecule and a skewed periodic cell smaller than the cutoff, for solid, squared, MCSH and order-9 features;
 * none of them trivially zero. Then VJP and JVP against the explicit Jacobian contracted by hand.
 */
class GmpDerivativeTest {
    record Setup(String name, GmpSpec spec, Structure s, double[] points) {
    }

    static List<Setup> setups() {
        GmpSpec solid = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4, 5).sigmas(0.3, 0.9).build();
        GmpSpec square = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4).sigmas(0.2, 0.6).density("QE-kjpaw")
            .square(true).build();
        GmpSpec mcsh = GmpSpec.builder().orders(0, 1, 2, 3).sigmas(0.5).probes(GmpSpec.Probes.MCSH).build();
        GmpSpec high = GmpSpec.builder().orders(7, 8, 9).sigmas(0.8).density("QE-kjpaw").build();
        // the §3.4 compatibility polynomials are not harmonic: the general Gaussian-moment path (eqs. 5.3, 8.2)
        GmpSpec peer = GmpSpec.builder().orders(-1, 0, 2, 5, 9).sigmas(0.6, 1.5).density("QE-kjpaw")
            .variant(GmpSpec.Variant.PEER_NODERIV).build();
        Structure w = GmpCases.water();
        Structure c = GmpCases.skewedCell();
        double[] wp = GmpCases.randomPoints(w, 3, 1.2, 7);
        double[] cp = GmpCases.randomPoints(c, 2, 1.5, 8);
        return List.of(new Setup("water atoms solid", solid, w, w.positions()),
            new Setup("water points solid", solid, w, wp),
            new Setup("water points square", square, w, wp),
            new Setup("water points mcsh", mcsh, w, wp),
            new Setup("water points order 7-9", high, w, wp),
            new Setup("water points peer order 9", peer, w, wp),
            new Setup("cell points peer order 9", peer, c, cp),
            new Setup("cell atoms solid", solid, c, c.positions()),
            new Setup("cell points square", square, c, cp),
            new Setup("cell points mcsh", mcsh, c, cp));
    }

    private static double[] values(GmpSpec spec, Structure s, double[] points) {
        return Featurizer.of(spec).compute(s, points).values();
    }

    private static Structure moved(Structure s, double[] v, double h) {
        double[] r = s.positions();
        for (int q = 0; q < r.length; q++) {
            r[q] += h * v[q];
        }
        return s.withPositions(r);
    }

    private static double[] moved(double[] p, double[] u, double h) {
        double[] r = p.clone();
        for (int q = 0; q < r.length; q++) {
            r[q] += h * u[q];
        }
        return r;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int q = 0; q < a.length; q++) {
            s += a[q] * b[q];
        }
        return s;
    }

    private static void near(double fd, double an, double scale, String what) {
        assertTrue(Math.abs(an) > 1e-6 * scale, what + ": derivative trivially small: " + an);
        assertTrue(Math.abs(fd - an) <= 1e-6 * scale, what + ": analytic " + an + " vs finite difference " + fd);
    }

    @TestFactory
    Stream<DynamicTest> derivativesMatchCentralDifferences() {
        double h = 1e-5;
        return setups().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            GmpFeatures x = Featurizer.of(c.spec()).compute(c.s(), c.points());
            int m = x.points(), n = x.atoms(), nf = x.features();
            double[] g = GmpCases.random(m * nf, 1);
            double[] v = GmpCases.random(3 * n, 2);
            double[] u = GmpCases.random(3 * m, 3);
            double scale = 0;
            for (int q = 0; q < m * nf; q++) {
                scale += Math.abs(g[q] * x.values()[q]);
            }
            // atoms moved along v, points fixed
            double fdA = (dot(g, values(c.spec(), moved(c.s(), v, h), c.points()))
                - dot(g, values(c.spec(), moved(c.s(), v, -h), c.points()))) / (2 * h);
            near(fdA, dot(x.vjpAtoms(g, new double[3 * n]), v), scale, "vjpAtoms");
            // points moved along u, atoms fixed
            double fdP = (dot(g, values(c.spec(), c.s(), moved(c.points(), u, h)))
                - dot(g, values(c.spec(), c.s(), moved(c.points(), u, -h)))) / (2 * h);
            near(fdP, dot(x.vjpPoints(g, new double[3 * m]), u), scale, "vjpPoints");
            // both moving: jvp entry by entry, fourth-order central differences (features near 0 curve hard)
            double[] p1 = values(c.spec(), moved(c.s(), v, h), moved(c.points(), u, h));
            double[] m1 = values(c.spec(), moved(c.s(), v, -h), moved(c.points(), u, -h));
            double[] p2 = values(c.spec(), moved(c.s(), v, 2 * h), moved(c.points(), u, 2 * h));
            double[] m2 = values(c.spec(), moved(c.s(), v, -2 * h), moved(c.points(), u, -2 * h));
            double[] jv = x.jvp(v, u, new double[m * nf]);
            double big = 0;
            for (int q = 0; q < m * nf; q++) {
                double fd = (8 * (p1[q] - m1[q]) - (p2[q] - m2[q])) / (12 * h);
                double tol = 1e-6 * Math.max(1e-3, Math.abs(x.values()[q]) + Math.abs(fd));
                if (!c.spec().square() && Math.abs(x.values()[q]) < 1e3 * h * Math.abs(jv[q])) {
                    continue; // a norm reaching 0 within 1e-2 Å along v is not smooth there (SPEC.md §8.3-8.4)
                }
                assertTrue(Math.abs(fd - jv[q]) <= tol, "jvp entry " + q + ": " + jv[q] + " vs " + fd);
                big = Math.max(big, Math.abs(jv[q]));
            }
            assertTrue(big > 1e-6, "jvp trivially zero");
            // density coefficients: B of every Gaussian of every element present, all its atoms together
            double[] cg = x.vjpCoefficients(g, new double[x.coefficientCount()]);
            DensitySet d = c.spec().density();
            for (int z : elements(c.s())) {
                for (int k = 0; k < d.element(z).size(); k++) {
                    double b = d.element(z).b(k), hb = 1e-6 * Math.abs(b);
                    double fd = (dot(g, values(withDensity(c.spec(), GmpCases.withCoefficient(d, z, k, b + hb)),
                        c.s(), c.points())) - dot(g, values(withDensity(c.spec(),
                        GmpCases.withCoefficient(d, z, k, b - hb)), c.s(), c.points()))) / (2 * hb);
                    double an = 0;
                    for (int j = 0; j < n; j++) {
                        if (c.s().number(j) == z) {
                            an += cg[x.coefficientOffset(j) + k];
                        }
                    }
                    assertTrue(Math.abs(fd - an) <= 1e-6 * scale / Math.abs(b) + 1e-6 * Math.abs(an),
                        "d/dB of " + z + " Gaussian " + k + ": " + an + " vs " + fd);
                }
            }
            assertTrue(Math.abs(cg[0]) > 0, "coefficient gradient trivially zero");
        }));
    }

    private static int[] elements(Structure s) {
        return java.util.Arrays.stream(s.numbers()).distinct().toArray();
    }

    private static GmpSpec withDensity(GmpSpec s, DensitySet d) {
        return GmpSpec.builder().orders(s.orders()).sigmas(s.sigmas()).probes(s.probes()).square(s.square())
            .variant(s.variant()).overlapThreshold(s.overlapThreshold()).density(d).build();
    }

    @Test
    void productsEqualTheExplicitJacobianContractedByHand() {
        Setup c = setups().get(8);
        GmpFeatures x = Featurizer.of(c.spec()).compute(c.s(), c.points());
        int m = x.points(), n = x.atoms(), nf = x.features();
        double[] g = GmpCases.random(m * nf, 11);
        double[] v = GmpCases.random(3 * n, 12);
        double[] vjp = new double[3 * n];
        double[] jvp = new double[m * nf];
        double[] point = new double[3 * m];
        List<double[]> rows = x.sparseJacobian();
        assertTrue(rows.size() > m * nf, "Jacobian has entries");
        for (double[] r : rows) {
            int i = (int) r[0], f = (int) r[1], q = 3 * (int) r[2] + (int) r[3];
            vjp[q] += g[i * nf + f] * r[4];
            jvp[i * nf + f] += r[4] * v[q];
            point[3 * i + (int) r[3]] -= g[i * nf + f] * r[4]; // SPEC eq. 8.5
        }
        assertArrayNear(vjp, x.vjpAtoms(g, new double[3 * n]), "vjpAtoms");
        assertArrayNear(jvp, x.jvp(v, null, new double[m * nf]), "jvp");
        assertArrayNear(point, x.vjpPoints(g, new double[3 * m]), "vjpPoints");
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        Structure s = GmpCases.skewedCell();
        double[] p = GmpCases.randomPoints(s, 150, 2.0, 5);
        GmpSpec spec = GmpSpec.builder().orders(-1, 0, 1, 2, 3).sigmas(0.2, 0.5).build();
        GmpFeatures one = Featurizer.of(spec).compute(s, p);
        GmpFeatures three = Featurizer.of(spec).withThreads(3).compute(s, p);
        double[] g = GmpCases.random(one.points() * one.features(), 4);
        assertEquals(java.util.Arrays.toString(one.values()), java.util.Arrays.toString(three.values()));
        assertEquals(java.util.Arrays.toString(one.vjpAtoms(g, new double[9])),
            java.util.Arrays.toString(three.vjpAtoms(g, new double[9])));
        assertEquals(java.util.Arrays.toString(one.vjpCoefficients(g, new double[one.coefficientCount()])),
            java.util.Arrays.toString(three.vjpCoefficients(g, new double[three.coefficientCount()])));
    }

    static void assertArrayNear(double[] expected, double[] actual, String what) {
        for (int q = 0; q < expected.length; q++) {
            assertEquals(expected[q], actual[q], 1e-12 * (1 + Math.abs(expected[q])), what + " entry " + q);
        }
    }
}
