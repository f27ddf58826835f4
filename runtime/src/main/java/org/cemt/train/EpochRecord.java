package org.cemt.train;

/**
 * One epoch of a run, for progress bars and learning curves: losses (Eq. 5 units: eV², eV²/Å² for squared errors),
 * validation errors (eV, eV/Å; NaN without a validation split or forces; the force MAE only when forces are
 * trained, β > 0 — energy-only runs report it once, in the final summary), the learning rate, and the wall time
 * so far with an estimate of the time left, s.
 *
 * @param epoch        0-based epoch just finished
 * @param epochs       epochs planned
 */
public record EpochRecord(int epoch, int epochs, double trainLoss, double trainEnergyLoss, double trainForceLoss,
                          double validationLoss, double validationEnergyMae, double validationEnergyRmse,
                          double validationForceMae, double learningRate, double seconds, double secondsLeft) {
    /** Flat form for checkpoints. */
    double[] toArray() {
        return new double[] {epoch, epochs, trainLoss, trainEnergyLoss, trainForceLoss, validationLoss,
            validationEnergyMae, validationEnergyRmse, validationForceMae, learningRate, seconds, secondsLeft};
    }

    static final int WIDTH = 12;

    static EpochRecord fromArray(double[] a, int off) {
        return new EpochRecord((int) a[off], (int) a[off + 1], a[off + 2], a[off + 3], a[off + 4], a[off + 5],
            a[off + 6], a[off + 7], a[off + 8], a[off + 9], a[off + 10], a[off + 11]);
    }
}
