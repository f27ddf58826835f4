package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.cemt.core.InputException;
import org.junit.jupiter.api.Test;

class SplitTest {
    @Test
    void contiguousSplitKeepsFileOrderBlocks() {
        Split s = Split.of(10, 6, 2, -1, Split.Kind.CONTIGUOUS, 0);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, s.train());
        assertArrayEquals(new int[] {6, 7}, s.validation());
        assertArrayEquals(new int[] {8, 9}, s.test());
    }

    @Test
    void randomSplitIsAPartitionFixedBySeed() {
        Split a = Split.of(100, 70, 10, 20, Split.Kind.RANDOM, 7);
        Split b = Split.of(100, 70, 10, 20, Split.Kind.RANDOM, 7);
        Split c = Split.of(100, 70, 10, 20, Split.Kind.RANDOM, 8);
        assertArrayEquals(a.train(), b.train());
        assertNotEquals(Arrays.toString(a.train()), Arrays.toString(c.train()));
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(a.train()), Arrays.stream(a.validation())),
            Arrays.stream(a.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 100).toArray(), all);
    }

    @Test
    void fractionsGiveAtLeastOneValidationStructure() {
        Split s = Split.fractions(5, 0.1, 0.0, Split.Kind.RANDOM, 1);
        assertEquals(4, s.train().length);
        assertEquals(1, s.validation().length);
        assertEquals(0, s.test().length);
    }

    @Test
    void oversizedSplitIsRefused() {
        InputException e = assertThrows(InputException.class, () -> Split.of(10, 8, 2, 1, Split.Kind.RANDOM, 0));
        assertEquals("split: sizes: expected train + validation + test ≤ 10 structures, found 8 + 2 + 1", e.getMessage());
    }

    @Test
    void stepScheduleHalvesEveryHundredEpochs() {
        LearningRateSchedule s = LearningRateSchedule.step(1e-3, 100, 0.5);
        assertEquals(1e-3, s.rate(0, Double.NaN));
        assertEquals(1e-3, s.rate(99, Double.NaN));
        assertEquals(5e-4, s.rate(100, Double.NaN));
        assertEquals(1.25e-4, s.rate(399, Double.NaN), 1e-18);
    }

    @Test
    void plateauScheduleReducesAfterPatience() {
        LearningRateSchedule s = LearningRateSchedule.plateau(1e-2, 0.5, 2, 1e-5);
        assertEquals(1e-2, s.rate(0, 1.0));
        assertEquals(1e-2, s.rate(1, 1.0));
        assertEquals(5e-3, s.rate(2, 1.0));
        assertEquals(5e-3, s.rate(3, 0.5));
    }

    @Test
    void cosineEndsAtMinimum() {
        LearningRateSchedule s = LearningRateSchedule.cosine(1e-3, 1e-5, 50);
        assertEquals(1e-3, s.rate(0, Double.NaN), 1e-18);
        assertEquals(1e-5, s.rate(50, Double.NaN), 1e-18);
        assertEquals(0.5 * (1e-3 + 1e-5), s.rate(25, Double.NaN), 1e-15);
    }
}
