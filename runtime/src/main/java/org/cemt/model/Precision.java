package org.cemt.model;

/**
 * Arithmetic of the network's matrix products. Parameters, gradients and the optimiser stay in double either way.
 */
public enum Precision {
    /** Everything in double. */
    FLOAT64,
    /**
     * Matrix products (the hot path: forward, back-propagation and weight gradients) take float operands — weights
     * rounded to float once per parameter update, activations rounded on their way in — multiply in float and
     * accumulate in float; a weight-gradient sum is accumulated in float over blocks of at most
     * {@value Gemm#FLOAT_BLOCK} points and the block sums added in double. Element-wise work (biases, batch
     * normalisation, activations and their derivatives) runs in double on the float-rounded products. Agreement
     * with {@link #FLOAT64}: relative 1e-4 on outputs and gradients for the paper's networks (SnnPrecisionTest).
     * Speed: on JDK 17 the JIT-vectorised float kernel runs at the double kernel's rate (both about 9 GFLOP/s per
     * core on the 2-vCPU Xeon, SnnCpuTime), so today this mode reproduces single-precision training rather than
     * speeding it up.
     */
    FLOAT32
}
