package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every derivative the network exposes against central differences, float64: ∂e/∂λ, the weight gradient of an
 * energy term (through the batch statistics in TRAIN) and of the force term Σ c_i ∇e(λ_i)·t_i (statistics fixed),
 * for each activation, without batch norm and with it in TRAIN and EVAL mode.
 */
class SnnGradientTest {
    private static final int F = 5;
    private static final int P = 9;
    private static final double H = 1e-5;

    static java.util.stream.Stream<Arguments> cases() {
        java.util.List<Arguments> list = new java.util.ArrayList<>();
        for (Activation a : Activation.values()) {
            list.add(Arguments.of(a, false, BatchMode.EVAL));
            list.add(Arguments.of(a, true, BatchMode.TRAIN));
            list.add(Arguments.of(a, true, BatchMode.EVAL));
        }
        return list.stream();
    }

    /** A small network with non-trivial biases, γ, β and running statistics, so no derivative vanishes by design. */
    static Snn network(Activation activation, boolean batchNorm, long seed) {
        SnnArchitecture arch = SnnArchitecture.of(F, new int[] {7, 6, 4}, activation, batchNorm);
        Snn snn = Snn.create(arch, Precision.FLOAT64, seed, 1);
        double[] p = snn.parameters();
        SplittableRandom r = new SplittableRandom(seed + 1);
        for (int i = 0; i < p.length; i++) {
            p[i] += 0.3 * (r.nextDouble() - 0.5);
        }
        snn.setParameters(p);
        if (batchNorm) {
            double[] m = new double[arch.normalizedUnits()];
            double[] v = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = 0.4 * (r.nextDouble() - 0.5);
                v[i] = 0.5 + r.nextDouble();
            }
            snn.setRunningStatistics(m, v);
        }
        return snn;
    }

    static double[] random(int n, long seed, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = scale * (2 * r.nextDouble() - 1);
        }
        return a;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Central differences of f over every parameter, compared with the analytic gradient. */
    static void assertParameterGradient(Snn snn, double[] analytic, ToDoubleFunction<Snn> f, String what) {
        double[] p0 = snn.parameters();
        double max = 0;
        for (double v : analytic) {
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 1e-2, what + ": gradient trivially small, max " + max);
        Snn probe = Snn.of(snn.architecture(), Precision.FLOAT64, p0, 1);
        probe.setRunningStatistics(snn.runningMean(), snn.runningVariance());
        for (int i = 0; i < p0.length; i++) {
            double[] p = p0.clone();
            p[i] = p0[i] + H;
            probe.setParameters(p);
            double plus = f.applyAsDouble(probe);
            p[i] = p0[i] - H;
            probe.setParameters(p);
            double minus = f.applyAsDouble(probe);
            double fd = (plus - minus) / (2 * H);
            assertEquals(fd, analytic[i], 1e-7 * (1 + Math.abs(fd)) + 2e-8 * max, what + ": parameter " + i);
        }
    }

    @ParameterizedTest(name = "{0}, batchnorm {1}, {2}")
    @MethodSource("cases")
    void inputGradientMatchesCentralDifferences(Activation a, boolean bn, BatchMode mode) {
        Snn snn = network(a, bn, 11);
        double[] x = random(P * F, 3, 1.5);
        SnnPass pass = snn.forward(x, P, mode);
        double[] grad = pass.inputGradient(new double[P * F]);
        double[] mean = pass.mean();
        double[] var = pass.variance();
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            double[] xp = x.clone();
            xp[i] += H;
            double[] xm = x.clone();
            xm[i] -= H;
            int p = i / F;
            // the per-point function: statistics held at this pass's values
            double plus = snn.forwardWithStatistics(xp, P, mean, var).output(p);
            double minus = snn.forwardWithStatistics(xm, P, mean, var).output(p);
            double fd = (plus - minus) / (2 * H);
            assertEquals(fd, grad[i], 1e-8 * (1 + Math.abs(fd)), "feature " + i);
            max = Math.max(max, Math.abs(grad[i]));
        }
        assertTrue(max > 1e-2, "input gradient trivially small: " + max);
    }

    @ParameterizedTest(name = "{0}, batchnorm {1}, {2}")
    @MethodSource("cases")
    void energyWeightGradientMatchesCentralDifferences(Activation a, boolean bn, BatchMode mode) {
        Snn snn = network(a, bn, 12);
        double[] x = random(P * F, 4, 1.5);
        double[] g = random(P, 5, 1.0);
        double[] grad = snn.forward(x, P, mode).gradient(g, null, null, new double[snn.parameterCount()]);
        // TRAIN: each probe renormalises with its own batch statistics, as the gradient assumes
        assertParameterGradient(snn, grad, s -> dot(g, s.forward(x, P, mode).outputs()), "energy term");
    }

    @ParameterizedTest(name = "{0}, batchnorm {1}, {2}")
    @MethodSource("cases")
    void forceTermGradientMatchesCentralDifferences(Activation a, boolean bn, BatchMode mode) {
        Snn snn = network(a, bn, 13);
        double[] x = random(P * F, 6, 1.5);
        double[] t = random(P * F, 7, 1.0);
        double[] c = random(P, 8, 1.0);
        SnnPass pass = snn.forward(x, P, mode);
        double[] grad = pass.gradient(null, t, c, new double[snn.parameterCount()]);
        double[] mean = pass.mean();
        double[] var = pass.variance();
        ToDoubleFunction<Snn> term = bn
            ? s -> dot(c, s.forwardWithStatistics(x, P, mean, var).directionalDerivatives(t))
            : s -> dot(c, s.forward(x, P, mode).directionalDerivatives(t));
        assertParameterGradient(snn, grad, term, "force term");
    }

    @ParameterizedTest(name = "{0}, batchnorm {1}, {2}")
    @MethodSource("cases")
    void directionalDerivativeIsGradientDotDirection(Activation a, boolean bn, BatchMode mode) {
        Snn snn = network(a, bn, 14);
        double[] x = random(P * F, 9, 1.5);
        double[] t = random(P * F, 10, 1.0);
        SnnPass pass = snn.forward(x, P, mode);
        double[] grad = pass.inputGradient(new double[P * F]);
        double[] jvp = pass.directionalDerivatives(t);
        for (int p = 0; p < P; p++) {
            double s = 0;
            for (int f = 0; f < F; f++) {
                s += grad[p * F + f] * t[p * F + f];
            }
            assertEquals(s, jvp[p], 1e-13 * (1 + Math.abs(s)), "point " + p);
        }
    }

    @ParameterizedTest(name = "{0}, batchnorm {1}, {2}")
    @MethodSource("cases")
    void combinedCallEqualsSumOfParts(Activation a, boolean bn, BatchMode mode) {
        Snn snn = network(a, bn, 15);
        double[] x = random(P * F, 11, 1.5);
        double[] t = random(P * F, 12, 1.0);
        double[] c = random(P, 13, 1.0);
        double[] g = random(P, 14, 1.0);
        SnnPass pass = snn.forward(x, P, mode);
        double[] both = pass.gradient(g, t, c, new double[snn.parameterCount()]);
        double[] energy = pass.gradient(g, null, null, new double[snn.parameterCount()]);
        double[] force = pass.gradient(null, t, c, new double[snn.parameterCount()]);
        for (int i = 0; i < both.length; i++) {
            assertEquals(energy[i] + force[i], both[i], 1e-12 * (1 + Math.abs(both[i])), "parameter " + i);
        }
    }
}
