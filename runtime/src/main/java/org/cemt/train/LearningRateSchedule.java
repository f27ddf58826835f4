package org.cemt.train;

import org.cemt.core.InputException;

/**
 * The learning rate as a function of the epoch (0-based). Step decay is the papers' choice (CEMT S1.3: 1e-3, halved
 * every 100/200/400 epochs); cosine annealing and reduce-on-plateau are offered beside it. A schedule may keep state
 * (plateau), owned by one trainer.
 */
public interface LearningRateSchedule {
    /** Rate for this epoch; {@code validationLoss} is the previous epoch's (NaN before the first). */
    double rate(int epoch, double validationLoss);

    /** lr · factor^⌊epoch/every⌋. */
    static LearningRateSchedule step(double lr, int every, double factor) {
        check(lr);
        if (every < 1 || !(factor > 0 && factor <= 1)) {
            throw new InputException("learning-rate step: expected every ≥ 1 and 0 < factor ≤ 1, found " + every
                + ":" + factor);
        }
        return (epoch, loss) -> lr * Math.pow(factor, Math.floorDiv(epoch, every));
    }

    /** Cosine from lr to minLr over {@code epochs}. */
    static LearningRateSchedule cosine(double lr, double minLr, int epochs) {
        check(lr);
        if (epochs < 1 || !(minLr >= 0 && minLr <= lr)) {
            throw new InputException("learning-rate cosine: expected epochs ≥ 1 and 0 ≤ min ≤ lr, found " + epochs
                + ", " + minLr);
        }
        return (epoch, loss) -> minLr + 0.5 * (lr - minLr) * (1 + Math.cos(Math.PI * Math.min(epoch, epochs) / epochs));
    }

    /** Multiplies the rate by {@code factor} when the validation loss has not improved for {@code patience} epochs. */
    static LearningRateSchedule plateau(double lr, double factor, int patience, double minLr) {
        check(lr);
        if (patience < 1 || !(factor > 0 && factor < 1)) {
            throw new InputException("learning-rate plateau: expected patience ≥ 1 and 0 < factor < 1, found "
                + patience + ", " + factor);
        }
        return new LearningRateSchedule() {
            private double current = lr;
            private double best = Double.POSITIVE_INFINITY;
            private int bad;

            @Override
            public double rate(int epoch, double validationLoss) {
                if (!Double.isNaN(validationLoss)) {
                    if (validationLoss < best * (1 - 1e-4)) {
                        best = validationLoss;
                        bad = 0;
                    } else if (++bad >= patience) {
                        current = Math.max(minLr, current * factor);
                        bad = 0;
                    }
                }
                return current;
            }
        };
    }

    private static void check(double lr) {
        if (!(lr > 0) || !Double.isFinite(lr)) {
            throw new InputException("learning rate: expected a positive number, found " + lr);
        }
    }
}
