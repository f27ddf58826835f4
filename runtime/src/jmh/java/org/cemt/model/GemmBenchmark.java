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
 * The matrix products of the aspirin network's energy step (256 structures × 21 points = 5,376 rows), one thread,
 * scalar against Vector API kernel: {@code forward} the first layer 5,376 × 241 → 512 (X·Wᵀ), {@code backward} its
 * adjoint 5,376 × 512 → 256 of the second layer (G·W), {@code weightGradient} the first layer's 512 × 241 from
 * 5,376 points (Gᵀ·X, transposed A). GFLOP/s = 2·m·k·n / time. Run: java --add-modules jdk.incubator.vector -jar
 * runtime/target/benchmarks.jar GemmBenchmark; or, in thread CPU time for a loaded machine, java --add-modules
 * jdk.incubator.vector -cp runtime/target/benchmarks.jar org.cemt.model.GemmBenchmark [repeats].
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class GemmBenchmark {
    private static final int ROWS = 5376;

    @Param({"scalar", "vector"})
    public String kernel;

    private GemmKernel k;
    private final Parallel par = new Parallel(1);
    private double[] x;
    private double[] wt;
    private double[] g;
    private double[] w;
    private double[] gt;
    /** Outputs, reused: each call adds its product again (no allocation or zeroing in the timing). */
    private double[] c1;
    private double[] c2;
    private double[] c3;

    @Setup(Level.Trial)
    public void setUp() {
        k = kernel(kernel);
        SplittableRandom r = new SplittableRandom(0);
        x = random(ROWS * 241, r);
        wt = random(241 * 512, r);
        g = random(ROWS * 512, r);
        w = random(512 * 256, r);
        gt = random(ROWS * 512, r);
        c1 = new double[ROWS * 512];
        c2 = new double[ROWS * 256];
        c3 = new double[512 * 241];
    }

    @Benchmark
    public double[] forward() {
        Gemm.run(k, par, x, 241, 1, wt, c1, ROWS, 241, 512);
        return c1;
    }

    @Benchmark
    public double[] backward() {
        Gemm.run(k, par, g, 512, 1, w, c2, ROWS, 512, 256);
        return c2;
    }

    @Benchmark
    public double[] weightGradient() {
        Gemm.run(k, par, gt, 1, 512, x, c3, 512, ROWS, 241);
        return c3;
    }

    /** Thread-CPU-time GFLOP/s of each product and kernel (median of repeats, after warm-up). */
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        System.out.printf("java %s, 1 thread, GFLOP/s per CPU-second, median of %d%n",
            System.getProperty("java.version"), repeats);
        for (String kernel : new String[] {"scalar", "vector"}) {
            GemmBenchmark b = new GemmBenchmark();
            b.kernel = kernel;
            b.setUp();
            Runnable[] products = {b::forward, b::backward, b::weightGradient};
            String[] names = {"forward 5376x241x512", "backward 5376x512x256", "weightGradient 512x5376x241 (A^T)"};
            for (int p = 0; p < products.length; p++) {
                double flops = 2.0 * ROWS * (p == 1 ? 512 * 256 : 241 * 512);
                double[] t = new double[repeats];
                for (int i = 0; i < repeats + 3; i++) {
                    long c0 = bean.getCurrentThreadCpuTime();
                    products[p].run();
                    if (i >= 3) {
                        t[i - 3] = (bean.getCurrentThreadCpuTime() - c0) * 1e-9;
                    }
                }
                java.util.Arrays.sort(t);
                System.out.printf("%-7s %-34s %6.1f GFLOP/s%n", kernel, names[p], flops / t[repeats / 2] * 1e-9);
            }
        }
    }

    /** The scalar kernel for "scalar", else the Vector API one (the benchmark fails without the module). */
    static GemmKernel kernel(String name) {
        GemmKernel k = name.equals("scalar") ? Gemm.scalar() : Gemm.vector();
        if (k == null) {
            throw new IllegalStateException("start Java with --add-modules " + Gemm.MODULE);
        }
        return k;
    }

    private static double[] random(int n, SplittableRandom r) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble() - 0.5;
        }
        return a;
    }
}
