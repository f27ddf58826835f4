package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * The harmonic shortcut (E[T_abc(r)] = λ^n T_abc(d) under the product Gaussian, see {@link Harmonic}) gives the
 * same moments, VJPs (atoms, point, coefficients, strain) and JVP as the general Gaussian-moment sums of SPEC.md
 * eqs. 5.3-5.4 and 8.2, orders 0..9.
 */
class HarmonicPathTest {
    @Test
    void harmonicShortcutEqualsTheGaussianMomentSums() {
        Structure s = GmpCases.skewedCell();
        double[] p = GmpCases.randomPoints(s, 3, 1.5, 41);
        GmpSpec spec = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9).sigmas(0.3, 1.0)
            .density("QE-kjpaw").build();
        ProbeTables t = new ProbeTables(spec);
        Kernel k = new Kernel(t, s, spec.density());
        assertTrue(k.harmonic);
        int stride = t.sigmas.length * t.monomials, nf = t.layout.size();
        Kernel.Work w = k.work();
        double[] g = GmpCases.random(nf, 3);
        double[] v = GmpCases.random(9, 4);
        for (int i = 0; i < 3; i++) {
            double x = p[3 * i], y = p[3 * i + 1], z = p[3 * i + 2];
            double[] general = new double[stride];
            double[] fast = new double[stride];
            double[] scale = new double[stride];
            double rho = k.forward(x, y, z, w, general, 0, false);
            assertEquals(rho, Harmonic.forward(k, x, y, z, w, fast, 0), 0.0);
            k.forward(x, y, z, w, scale, 0, true);
            for (int c = 0; c < stride; c++) {
                assertEquals(general[c], fast[c], 1e-13 * scale[c], "moment " + c);
            }
            double[] val = new double[nf];
            k.values(general, 0, rho, val, 0);
            double[] a1 = new double[9], a2 = new double[9], p1 = new double[3], p2 = new double[3];
            double[] c1 = new double[k.coefOffset[3]], c2 = new double[k.coefOffset[3]];
            double[] e1 = new double[9], e2 = new double[9];
            KernelProducts.backward(k, x, y, z, w, g, 0, val, 0, rho, general, 0, a1, p1, 0, c1, e1);
            Harmonic.backward(k, x, y, z, w, g, 0, val, 0, rho, general, 0, a2, p2, 0, c2, e2);
            near(a1, a2, "vjp atoms");
            near(p1, p2, "vjp point");
            near(c1, c2, "vjp coefficients");
            near(e1, e2, "vjp strain");
            double[] j1 = new double[nf], j2 = new double[nf];
            KernelProducts.tangent(k, x, y, z, w, v, 0.1, -0.2, 0.3, val, 0, rho, general, 0, j1, 0);
            Harmonic.tangent(k, x, y, z, w, v, 0.1, -0.2, 0.3, val, 0, rho, general, 0, j2, 0);
            near(j1, j2, "jvp");
        }
    }

    static void near(double[] a, double[] b, String what) {
        double max = 0;
        for (double x : a) {
            max = Math.max(max, Math.abs(x));
        }
        assertTrue(max > 0, what + " not trivially zero");
        for (int q = 0; q < a.length; q++) {
            assertEquals(a[q], b[q], 1e-9 * max, what + " " + q);
        }
    }
}
