package org.cemt.model;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The large per-pass arrays (P × width) that an {@link Snn}'s released passes hand back, for its next passes to
 * reuse. A training step allocates about 200 MB of them at the aspirin benchmark's size; the JVM zeroes every new
 * array in the allocating thread at a few GB/s, which was a tenth of the step (measured). Arrays taken from here
 * hold old values: every taker overwrites all of them. Bounded: a release that finds more pooled than it brings
 * drops the pool first, so the pool never holds more than twice the largest recent pass (batches of one size reuse
 * each other's arrays; passes of changing sizes simply allocate). Thread-safe.
 */
final class Buffers {
    private final Map<Integer, ArrayDeque<double[]>> free = new HashMap<>();
    private long pooled;

    /**
     * Arrays of the given lengths (0 gives null): pooled ones where a length matches, the rest new, allocated by
     * the worker threads ({@link Parallel#zeros}). Contents arbitrary.
     */
    double[][] take(Parallel par, int... lengths) {
        double[][] out = new double[lengths.length][];
        int[] missing = new int[lengths.length];
        boolean any = false;
        synchronized (this) {
            for (int i = 0; i < lengths.length; i++) {
                ArrayDeque<double[]> q = lengths[i] == 0 ? null : free.get(lengths[i]);
                if (q != null && !q.isEmpty()) {
                    out[i] = q.pop();
                    pooled -= 8L * lengths[i];
                } else {
                    missing[i] = lengths[i];
                    any |= lengths[i] > 0;
                }
            }
        }
        if (any) {
            double[][] fresh = par.zeros(missing);
            for (int i = 0; i < lengths.length; i++) {
                if (missing[i] > 0) {
                    out[i] = fresh[i];
                }
            }
        }
        return out;
    }

    /** Hands arrays back (nulls skipped); none may be used by the giver afterwards. */
    synchronized void give(List<double[]> arrays) {
        long bytes = 0;
        for (double[] a : arrays) {
            bytes += a == null ? 0 : 8L * a.length;
        }
        if (pooled > bytes) {
            free.clear();
            pooled = 0;
        }
        for (double[] a : arrays) {
            if (a != null && a.length > 0) {
                free.computeIfAbsent(a.length, n -> new ArrayDeque<>()).push(a);
                pooled += 8L * a.length;
            }
        }
    }
}
