package org.cemt.gmp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time per call of the single-threaded {@link GmpBenchmark} cases, for a loaded machine where wall time
 * misleads (peers.md: "on a loaded machine compare CPU time"). Usage: {@code java -cp runtime/target/benchmarks.jar
 * org.cemt.gmp.GmpCpuTime [system …]}; prints the minimum and median over repetitions after warm-up.
 */
public final class GmpCpuTime {
    private GmpCpuTime() {
    }

    public static void main(String[] args) {
        String[] systems = args.length > 0 ? args : new String[] {"aspirin241", "aspirinGrid21", "aspirinAtoms21",
            "cu1000Atoms21"};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String system : systems) {
            GmpBenchmark b = new GmpBenchmark();
            b.system = system;
            b.threads = 1;
            b.setup();
            for (String what : new String[] {"features", "featuresAndVjp", "featuresVjpAndStrain"}) {
                long budget = 0;
                int reps = 0;
                double[] times = new double[400];
                while (reps < times.length && (reps < 5 || budget < 4_000_000_000L)) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    Object sink = switch (what) {
                        case "features" -> b.features();
                        case "featuresAndVjp" -> b.featuresAndVjp();
                        default -> b.featuresVjpAndStrain();
                    };
                    long dt = mx.getCurrentThreadCpuTime() - t0;
                    if (sink == null) {
                        throw new IllegalStateException();
                    }
                    budget += dt;
                    times[reps++] = dt / 1e6;
                }
                // the first third is warm-up
                int from = reps / 3;
                double[] kept = java.util.Arrays.copyOfRange(times, from, reps);
                java.util.Arrays.sort(kept);
                System.out.printf("%-16s %-20s cpu ms: min %.3f median %.3f (%d reps)%n", system, what, kept[0],
                    kept[kept.length / 2], kept.length);
            }
        }
    }
}
