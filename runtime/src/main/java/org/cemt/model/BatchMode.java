package org.cemt.model;

/**
 * How batch normalisation normalises in a forward pass (see {@link Snn} for the full semantics).
 */
public enum BatchMode {
    /**
     * Each hidden unit is normalised with the mean and biased variance over all points of the batch; the running
     * statistics move (momentum 0.1, unbiased variance, as PyTorch). The energy gradient flows through the batch
     * statistics; input gradients and the force term hold them fixed.
     */
    TRAIN,
    /** The running statistics normalise; f is a per-point function. Nothing moves. */
    EVAL
}
