package org.cemt.train;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.cemt.model.BatchMode;
import org.cemt.model.ModelSpec;
import org.cemt.model.Precision;
import org.cemt.model.Snn;
import org.cemt.refpoint.RefPointSpec;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Structure;

/**
 * Whole training steps of the trainer (issue 6 speed target) for ratios with benchmarks/torch_snn.py on the same
 * workload: the CEMT aspirin network 241 → (512, 256, 128, 64, 32) → 1, GELU, batch norm, 21 points per structure,
 * float64; an energy step on 256 structures and a force step (β = 0.1, cached dense Jacobian 21·241 × 63 per
 * structure, as torch's einsum) on 32 — TrainingLoss (forward, forces, exact second-order weight gradient) plus the
 * Adam update, on T threads as the trainer runs them (network and per-structure pool). Reports the median wall time
 * per step and the process CPU time (all threads, JIT and GC included, like torch's {@code process_time}); on one
 * thread also the step thread's own CPU time, fair on a loaded machine; on more, the calling thread's CPU time (the
 * serial parts) and from it an estimate of the wall time on idle cores. Synthetic features and references, fixed
 * seed. Run: java --add-modules jdk.incubator.vector -cp runtime/target/benchmarks.jar
 * org.cemt.train.TrainStepCpuTime [repeats] [threads]; both sides at once with benchmarks/train_vs_torch.sh.
 */
public final class TrainStepCpuTime {
    static final int F = 241, POINTS = 21;
    /** Untimed steps first: C2 finishes compiling the step's methods within about ten (measured step by step). */
    static final int WARM_UP = 10;

    private TrainStepCpuTime() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("java %s, %d thread(s), matrix kernel %s, %d repeats after %d warm-up steps%n",
            System.getProperty("java.version"), threads, Snn.matrixKernel(), repeats, WARM_UP);
        ModelSpec spec = ModelSpec.parse("model < refPoints = atoms ; gmp(orders = [0], sigmas = [0.5]) ; "
            + "snn(512, 256, 128, 64, 32, activation = gelu, batchNorm = true) >");
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            for (String step : System.getProperty("steps", "energyStep,forceStep").split(",")) {
                boolean force = step.equals("forceStep");
                int batch = force ? 32 : 256;
                SplittableRandom r = new SplittableRandom(1);
                List<Sample> samples = samples(batch, force, r);
                double[] ones = new double[F];
                Arrays.fill(ones, 1);
                TrainingSpec ts = TrainingSpec.builder().forceCoefficient(force ? 0.1 : 0).threads(threads).build();
                TrainingLoss loss = new TrainingLoss(ts, Scaling.of(new double[F], ones, 1.0, new double[96]), pool);
                org.cemt.model.SnnArchitecture arch = org.cemt.model.SnnArchitecture.of(F, spec.hidden(),
                    spec.activation(), true);
                Snn net = Snn.create(arch, Precision.FLOAT64, 0, threads);
                Adam adam = Adam.adam(net.parameterCount(), 1e-3);
                double[] params = net.parameters();
                Runnable run = () -> {
                    double[] g = new double[params.length];
                    loss.evaluate(net, samples, BatchMode.TRAIN, g, false);
                    adam.step(params, g);
                    net.setParameters(params);
                };
                for (int i = 0; i < WARM_UP; i++) {
                    run.run();
                }
                double[] wall = new double[repeats];
                double[] cpu = new double[repeats];
                double[] own = new double[repeats];
                long collections0 = collections();
                for (int i = 0; i < repeats; i++) {
                    long w0 = System.nanoTime();
                    long c0 = os.getProcessCpuTime();
                    long t0 = bean.getCurrentThreadCpuTime();
                    run.run();
                    own[i] = (bean.getCurrentThreadCpuTime() - t0) * 1e-9;
                    cpu[i] = (os.getProcessCpuTime() - c0) * 1e-9;
                    wall[i] = (System.nanoTime() - w0) * 1e-9;
                }
                long gcs = collections() - collections0;
                double w = median(wall);
                double c = median(threads == 1 ? own : cpu);
                System.out.printf("java  %-10s float64  threads %d  wall %8.1f ms  %7.1f structures/s  cpu %8.1f ms"
                    + "  %7.1f structures per CPU-second  %d GCs%n", step, threads, w * 1e3, batch / w, c * 1e3, batch / c,
                    gcs);
                if (threads > 1) {
                    // the calling thread runs the serial parts (workers run the parallel ones): a load-fair
                    // estimate of the wall time on idle cores is serial + parallel / threads
                    double serial = median(own);
                    double idle = serial + (c - serial) / threads;
                    System.out.printf("      %-10s serial (calling thread) %.1f ms of %.1f ms CPU; on %d idle cores"
                        + " about %.1f ms, %.1f structures/s%n", step, serial * 1e3, c * 1e3, threads, idle * 1e3,
                        batch / idle);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Garbage collections so far, all collectors: a step allocates its activations (about one collection per step);
     * several per step mean vector operations left unintrinsified by C2 (see GemmVector's warm-up).
     */
    private static long collections() {
        long n = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** Synthetic 21-atom samples: features uniform in ±0.5, Jacobian and forces uniform in ±0.5. */
    static List<Sample> samples(int count, boolean force, SplittableRandom r) {
        int[] z = new int[POINTS];
        Arrays.fill(z, 6);
        double[] x = new double[3 * POINTS];
        for (int i = 0; i < POINTS; i++) {
            x[3 * i] = 1.5 * i;
        }
        Structure s = Structure.molecule(z, x);
        ReferencePointSet pts = RefPointSpec.atoms().build(s);
        List<Sample> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double[] v = fill(new double[POINTS * F], r);
            double[] j = force ? fill(new double[3 * POINTS * POINTS * F], r) : null;
            double[] f = force ? fill(new double[3 * POINTS], r) : null;
            out.add(new Sample(k, z, pts, v, F, r.nextDouble() - 0.5, f, j, null, null));
        }
        return out;
    }

    private static double[] fill(double[] a, SplittableRandom r) {
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble() - 0.5;
        }
        return a;
    }
}
