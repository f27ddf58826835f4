package org.cemt.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The {@link SnnBenchmark} steps timed in thread CPU time, one thread, for side-by-side ratios with
 * benchmarks/torch_snn.py (which reports process CPU time) on a loaded machine, where wall time mostly measures the
 * neighbours. Run: java -cp runtime/target/benchmarks.jar org.cemt.model.SnnCpuTime [repeats]; or both sides at
 * once with benchmarks/snn_vs_torch.sh.
 */
public final class SnnCpuTime {
    private SnnCpuTime() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        System.out.printf("java %s, 1 thread, %d repeats after 3 warm-up steps%n",
            System.getProperty("java.version"), repeats);
        for (String precision : new String[] {"FLOAT64", "FLOAT32"}) {
            SnnBenchmark b = new SnnBenchmark();
            b.precision = precision;
            b.threads = 1;
            b.setUp();
            for (String name : new String[] {"energyStep", "forceStep"}) {
                int batch = name.equals("energyStep") ? 256 : 32;
                Runnable step = name.equals("energyStep") ? b::energyStep : b::forceStep;
                for (int i = 0; i < 3; i++) {
                    step.run();
                }
                double[] wall = new double[repeats];
                double[] cpu = new double[repeats];
                for (int i = 0; i < repeats; i++) {
                    long w0 = System.nanoTime();
                    long c0 = bean.getCurrentThreadCpuTime();
                    step.run();
                    cpu[i] = (bean.getCurrentThreadCpuTime() - c0) * 1e-9;
                    wall[i] = (System.nanoTime() - w0) * 1e-9;
                }
                double w = median(wall);
                double c = median(cpu);
                System.out.printf("java  %-10s %-8s wall %9.1f ms  cpu %9.1f ms  %8.1f structures per CPU-second%n",
                    name, precision.toLowerCase(), w * 1e3, c * 1e3, batch / c);
            }
        }
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }
}
