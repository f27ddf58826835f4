package org.cemt.calc;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time per call of the single-threaded {@link ModelBenchmark} cases, for a loaded machine where wall time
 * misleads. Usage: {@code java -XX:ActiveProcessorCount=1 -cp runtime/target/benchmarks.jar
 * org.cemt.calc.ModelCpuTime [set …]}; prints the minimum and median over repetitions after warm-up (the first
 * third), at least 5 repetitions and about 4 s of CPU per case.
 */
public final class ModelCpuTime {
    private ModelCpuTime() {
    }

    public static void main(String[] args) {
        String[] sets = args.length > 0 ? args : new String[] {"atoms", "heavy", "bonds", "grid:0.5", "grid:0.4",
            "grid:0.3"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String set : sets) {
            ModelBenchmark b = new ModelBenchmark();
            b.set = set;
            b.setUp();
            for (String what : new String[] {"energyAndForces", "features", "network"}) {
                long budget = 0;
                int reps = 0;
                double[] times = new double[400];
                while (reps < times.length && (reps < 6 || budget < 4_000_000_000L)) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    Object sink = switch (what) {
                        case "energyAndForces" -> b.energyAndForces();
                        case "features" -> b.features();
                        default -> b.network();
                    };
                    long dt = mx.getCurrentThreadCpuTime() - t0;
                    if (sink == null) {
                        throw new IllegalStateException();
                    }
                    budget += dt;
                    times[reps++] = dt / 1e6;
                }
                int from = reps / 3;
                double[] kept = java.util.Arrays.copyOfRange(times, from, reps);
                java.util.Arrays.sort(kept);
                System.out.printf("%-9s %-16s cpu ms: min %9.3f median %9.3f (%d reps)%n", set, what, kept[0],
                    kept[kept.length / 2], kept.length);
            }
        }
    }
}
