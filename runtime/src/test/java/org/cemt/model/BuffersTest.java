package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool of released pass arrays: reuse by exact length, and the bound (a smaller release drops a larger pool). */
class BuffersTest {
    @Test
    void releasedArraysAreReusedByLengthAndALargerPoolIsDroppedBySmallerReleases() {
        Parallel par = new Parallel(2);
        Buffers pool = new Buffers();
        double[][] first = pool.take(par, 1000, 0, 500);
        assertNull(first[1], "length 0 gives null");
        pool.give(List.of(first[0], first[2]));
        double[][] again = pool.take(par, 500, 1000, 1000);
        assertSame(first[2], again[0], "a released array of the same length comes back");
        assertSame(first[0], again[1]);
        assertNotSame(first[0], again[2], "only as many as were released");
        pool.give(List.of(again));
        // 2,500 doubles pooled; a release of 10 is smaller: the pool drops what it held, keeps the new ones
        double[] small = new double[10];
        pool.give(List.of(small));
        double[][] after = pool.take(par, 1000, 10);
        assertNotSame(again[1], after[0], "the larger pool was dropped");
        assertNotSame(again[2], after[0]);
        assertSame(small, after[1]);
    }
}
