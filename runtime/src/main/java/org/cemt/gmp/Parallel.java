package org.cemt.gmp;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs tasks 0..n-1 on a fixed number of threads (the caller being one of them). Which thread runs a task never
 * changes a result: callers give each task its own output and combine outputs in task order.
 */
final class Parallel {
    private Parallel() {
    }

    static void run(int tasks, int threads, IntConsumer body) {
        int workers = Math.min(threads, tasks);
        if (workers <= 1) {
            for (int i = 0; i < tasks; i++) {
                body.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable loop = () -> {
            try {
                for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                    body.accept(i);
                }
            } catch (Throwable e) {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
                next.set(tasks);
            }
        };
        Thread[] ts = new Thread[workers - 1];
        for (int k = 0; k < ts.length; k++) {
            ts[k] = new Thread(loop, "cemt-gmp-" + k);
            ts[k].setDaemon(true);
            ts[k].start();
        }
        loop.run();
        for (Thread th : ts) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing GMP features", e);
            }
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
    }
}
