package org.cemt.train;

import java.util.Arrays;
import java.util.Random;
import org.cemt.core.InputException;

/**
 * A train/validation/test split of n structures, as index lists. Two kinds: {@code RANDOM} (a seeded permutation,
 * the usual choice for independent structures) and {@code CONTIGUOUS} (blocks in file order: train first, then
 * validation, then test — for MD frames, which are correlated in time, so that test frames are not interleaved with
 * training frames; seed 002 appendix A). Immutable.
 */
public final class Split {
    /** How structures are assigned to the parts. */
    public enum Kind { RANDOM, CONTIGUOUS }

    private final Kind kind;
    private final long seed;
    private final int[] train;
    private final int[] validation;
    private final int[] test;

    private Split(Kind kind, long seed, int[] train, int[] validation, int[] test) {
        this.kind = kind;
        this.seed = seed;
        this.train = train;
        this.validation = validation;
        this.test = test;
    }

    /**
     * Splits n structures into {@code nTrain} training, {@code nValidation} validation and the rest (up to
     * {@code nTest}, or all remaining if nTest &lt; 0) test structures.
     */
    public static Split of(int n, int nTrain, int nValidation, int nTest, Kind kind, long seed) {
        if (nTrain < 1 || nValidation < 0) {
            throw new InputException("split: sizes: expected ≥ 1 training and ≥ 0 validation structures, found "
                + nTrain + " and " + nValidation);
        }
        int rest = n - nTrain - nValidation;
        if (rest < 0 || (nTest > rest)) {
            throw new InputException("split: sizes: expected train + validation + test ≤ " + n + " structures, found "
                + nTrain + " + " + nValidation + " + " + Math.max(nTest, 0));
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (kind == Kind.RANDOM) {
            Random r = new Random(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        int nt = nTest < 0 ? rest : nTest;
        int[] tr = Arrays.copyOfRange(order, 0, nTrain);
        int[] va = Arrays.copyOfRange(order, nTrain, nTrain + nValidation);
        int[] te = Arrays.copyOfRange(order, nTrain + nValidation, nTrain + nValidation + nt);
        if (kind == Kind.RANDOM) {
            Arrays.sort(tr);
            Arrays.sort(va);
            Arrays.sort(te);
        }
        return new Split(kind, seed, tr, va, te);
    }

    /**
     * The usual split: a fraction {@code validationFraction} of the non-test structures for validation (at least
     * one when the fraction is positive and there are two or more), a fraction {@code testFraction} of all for test.
     */
    public static Split fractions(int n, double validationFraction, double testFraction, Kind kind, long seed) {
        if (!(validationFraction >= 0 && validationFraction < 1) || !(testFraction >= 0 && testFraction < 1)) {
            throw new InputException("split: fractions: expected values in [0, 1), found validation "
                + validationFraction + ", test " + testFraction);
        }
        int nTest = (int) Math.round(n * testFraction);
        int pool = n - nTest;
        int nVal = (int) Math.round(pool * validationFraction);
        if (validationFraction > 0 && nVal == 0 && pool >= 2) {
            nVal = 1;
        }
        return of(n, pool - nVal, nVal, nTest, kind, seed);
    }

    /** A split with given index lists (copied), e.g. a learning curve's nested subsets. */
    static Split ofIndices(Kind kind, long seed, int[] train, int[] validation, int[] test) {
        return new Split(kind, seed, train.clone(), validation.clone(), test.clone());
    }

    public Kind kind() {
        return kind;
    }

    public long seed() {
        return seed;
    }

    /** Indices of the training structures, a copy. */
    public int[] train() {
        return train.clone();
    }

    public int[] validation() {
        return validation.clone();
    }

    public int[] test() {
        return test.clone();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " split (seed " + seed + "): " + train.length + " train, "
            + validation.length + " validation, " + test.length + " test";
    }
}
