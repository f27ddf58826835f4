package org.cemt.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs tasks 0 … T−1 on a fixed number of threads. Callers cut work into tasks whose results do not depend on which
 * thread runs them or in what order (disjoint outputs, fixed summation order inside a task), so results are
 * bit-identical for any thread count.
 */
final class Parallel {
    private static final Map<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();
    private final int threads;

    Parallel(int threads) {
        this.threads = threads;
    }

    int threads() {
        return threads;
    }

    /** Runs body(t) for t in [0, tasks). */
    void forEach(int tasks, IntConsumer body) {
        if (threads <= 1 || tasks <= 1) {
            for (int t = 0; t < tasks; t++) {
                body.accept(t);
            }
            return;
        }
        ForkJoinPool pool = POOLS.computeIfAbsent(threads, ForkJoinPool::new);
        pool.submit(() -> IntStream.range(0, tasks).parallel().forEach(body)).join();
    }

    /** Runs body(from, to) over [0, n) cut into chunks of {@code chunk}. */
    void forRanges(int n, int chunk, RangeBody body) {
        int tasks = (n + chunk - 1) / chunk;
        forEach(tasks, t -> body.run(t * chunk, Math.min(n, (t + 1) * chunk)));
    }

    /**
     * New zeroed arrays of the given lengths, allocated by the worker threads: the JVM zeroes a large array in the
     * allocating thread, which for the P × width arrays of a pass would otherwise be serial work.
     */
    double[][] zeros(int... lengths) {
        double[][] out = new double[lengths.length][];
        forEach(lengths.length, t -> out[t] = new double[lengths[t]]);
        return out;
    }

    /** A half-open range [from, to). */
    interface RangeBody {
        void run(int from, int to);
    }
}
