package org.cemt.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact GELU and φ' of one hidden layer of the aspirin energy step (5,376 points × 512 units), one thread:
 * {@code old} the table-based erf (48 Taylor pieces, one lookup per element) with {@link Math#exp} that
 * {@link Erf} replaced (kept here, verbatim, for the ratio), {@code scalar} {@link Erf#gelu}, {@code vector}
 * {@link VectorErf} through {@link GemmVector#gelu}. Inputs u ~ N(0, 1.5²) like batch-normalised pre-activations,
 * fixed seed. Run: java --add-modules jdk.incubator.vector -jar runtime/target/benchmarks.jar GeluBenchmark; or,
 * in thread CPU time for a loaded machine, java --add-modules jdk.incubator.vector -cp runtime/target/benchmarks.jar
 * org.cemt.model.GeluBenchmark [repeats].
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class GeluBenchmark {
    private static final int N = 5376 * 512;

    @Param({"old", "scalar", "vector"})
    public String form;

    private GemmKernel k;
    private double[] u;
    private double[] h;
    private double[] d1;

    @Setup(Level.Trial)
    public void setUp() {
        k = GemmBenchmark.kernel(form.equals("vector") ? "vector" : "scalar");
        SplittableRandom r = new SplittableRandom(0);
        u = new double[N];
        for (int i = 0; i < N; i++) {
            u[i] = 1.5 * r.nextGaussian();
        }
        h = new double[N];
        d1 = new double[N];
    }

    @Benchmark
    public double[] gelu() {
        if (form.equals("old")) {
            OldErf.gelu(u, h, d1);
        } else {
            k.gelu(u, 0, h, d1, 0, N);
        }
        return d1;
    }

    /** Thread-CPU-time ns per element of each form (median of repeats, after warm-up), all in one JVM. */
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        System.out.printf("java %s, 1 thread, %d elements, ns per element (thread CPU time), median of %d%n",
            System.getProperty("java.version"), N, repeats);
        String[] forms = {"old", "scalar", "vector"};
        GeluBenchmark[] b = new GeluBenchmark[forms.length];
        double[][] t = new double[forms.length][repeats];
        for (int f = 0; f < forms.length; f++) {
            b[f] = new GeluBenchmark();
            b[f].form = forms[f];
            b[f].setUp();
            for (int i = 0; i < 5; i++) {
                b[f].gelu();
            }
        }
        // interleaved, so that load from other jobs falls on all forms alike
        for (int i = 0; i < repeats; i++) {
            for (int f = 0; f < forms.length; f++) {
                long c0 = bean.getCurrentThreadCpuTime();
                b[f].gelu();
                t[f][i] = (bean.getCurrentThreadCpuTime() - c0) / (double) N;
            }
        }
        double old = 0;
        for (int f = 0; f < forms.length; f++) {
            java.util.Arrays.sort(t[f]);
            double med = t[f][repeats / 2];
            old = f == 0 ? med : old;
            System.out.printf("%-7s %6.2f ns/element  (%.2fx old)%n", forms[f], med, old / med);
        }
    }

    /** The erf and GELU loop before this benchmark's change (model.Erf at commit 880db9f), for the ratio. */
    private static final class OldErf {
        private static final double INV_SQRT2 = 1 / Math.sqrt(2);
        private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
        private static final double WIDTH = 0.125;
        private static final int INTERVALS = 48;
        private static final int DEGREE = 11;
        private static final double TOP = WIDTH * INTERVALS;
        /** Taylor coefficients about each midpoint, [interval][k], k = 0..DEGREE. */
        private static final double[] COEFFICIENTS = new double[INTERVALS * (DEGREE + 1)];

        static {
            for (int iv = 0; iv < INTERVALS; iv++) {
                double m = (iv + 0.5) * WIDTH;
                int base = iv * (DEGREE + 1);
                COEFFICIENTS[base] = Erf.reference(m);
                double g = 2 / Math.sqrt(Math.PI) * Math.exp(-m * m);
                double hPrev = 0;
                double h = 1;
                double factorial = 1;
                for (int k = 0; k < DEGREE; k++) {
                    factorial *= k + 1;
                    COEFFICIENTS[base + k + 1] = ((k & 1) == 0 ? g : -g) * h / factorial;
                    double hNext = 2 * m * h - 2 * k * hPrev;
                    hPrev = h;
                    h = hNext;
                }
            }
        }

        private OldErf() {
        }

        /** erf(x); odd, erf(±∞) = ±1, NaN for NaN. */
        static double erf(double x) {
            double ax = Math.abs(x);
            if (!(ax < TOP)) {
                return Double.isNaN(x) ? x : Math.copySign(1.0, x);
            }
            if (ax == 0) {
                return x;
            }
            int interval = (int) (ax * (1.0 / WIDTH));
            double d = ax - (interval + 0.5) * WIDTH;
            int b = interval * (DEGREE + 1);
            double[] c = COEFFICIENTS;
            // Estrin's scheme with fused multiply-adds: dependency depth 5 instead of Horner's 11 (GELU's hot loop)
            double d2 = d * d;
            double d4 = d2 * d2;
            double r0 = Math.fma(Math.fma(c[b + 3], d, c[b + 2]), d2, Math.fma(c[b + 1], d, c[b]));
            double r1 = Math.fma(Math.fma(c[b + 7], d, c[b + 6]), d2, Math.fma(c[b + 5], d, c[b + 4]));
            double r2 = Math.fma(Math.fma(c[b + 11], d, c[b + 10]), d2, Math.fma(c[b + 9], d, c[b + 8]));
            double v = Math.fma(Math.fma(r2, d4, r1), d4, r0);
            return x < 0 ? -v : v;
        }

        static void gelu(double[] u, double[] h, double[] d1) {
            for (int i = 0; i < u.length; i++) {
                double x = u[i];
                double cdf = 0.5 * (1 + erf(x * INV_SQRT2));
                h[i] = x * cdf;
                d1[i] = cdf + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
            }
        }
    }
}
