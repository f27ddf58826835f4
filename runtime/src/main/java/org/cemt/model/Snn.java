package org.cemt.model;

import java.util.SplittableRandom;
import org.cemt.core.InputException;

/**
 * The single shared network f: R^F → R of CEMT (paper S1.2): every reference point's features λ_i give an energy
 * contribution e_i = f(λ_i). Architecture and flat parameter layout: {@link SnnArchitecture}. Mutable parameters and
 * running statistics, owned by one trainer; each {@link #forward} returns a {@link SnnPass} that keeps its own
 * parameter snapshot, values and derivatives.
 *
 * <p><b>Batch normalisation.</b> In {@link BatchMode#TRAIN} each hidden unit of layer l is normalised over the points
 * of the batch (all reference points of all structures in it): a ↦ (a − μ)/√(σ² + ε), μ and σ² the batch mean and
 * biased variance, ε = 1e-5; the running statistics then move as PyTorch's: m ← 0.9·m + 0.1·μ, v ← 0.9·v +
 * 0.1·σ²·P/(P−1) (unbiased), starting from m = 0, v = 1. In {@link BatchMode#EVAL} the running statistics normalise
 * and f is a per-point function. In TRAIN the per-point function used for forces is f with μ, σ² held at this
 * batch's values: input gradients ∂e_i/∂λ_i and the force term treat them as constants. Weight gradients
 * ({@link SnnPass#gradient}): the energy term Σ g_i e_i is differentiated through μ and σ² (as PyTorch's
 * autograd); the force term Σ c_i ∇_λ e(λ_i)·t_i with μ and σ² held fixed. Both are exact for these definitions
 * (SnnGradientTest checks them against central differences).
 *
 * <p><b>Threads.</b> Work is cut into tasks with fixed boundaries and fixed summation orders (batch-norm sums: over
 * fixed blocks of 64 points, rows ascending, the blocks' sums then added in order), so every result is bit-identical
 * whatever the thread count.
 */
public final class Snn {
    /** Batch-norm ε (PyTorch's default). */
    public static final double EPSILON = 1e-5;
    /** Running-statistics momentum (PyTorch's default). */
    public static final double MOMENTUM = 0.1;

    private final SnnArchitecture architecture;
    private final Precision precision;
    private Parallel parallel;
    private double[] parameters;
    private SnnWeights weights;
    private final double[] runningMean;
    private final double[] runningVariance;
    /** Arrays of released passes, for the next ones ({@link SnnPass#release}). */
    private final Buffers buffers = new Buffers();

    private Snn(SnnArchitecture architecture, Precision precision, int threads, double[] parameters) {
        this.architecture = architecture;
        this.precision = precision;
        this.parallel = new Parallel(threads);
        this.parameters = parameters;
        this.weights = new SnnWeights(architecture, parameters, precision, parallel);
        int units = architecture.normalizedUnits();
        runningMean = new double[units];
        runningVariance = new double[units];
        java.util.Arrays.fill(runningVariance, 1.0);
    }

    /**
     * A network with Xavier-uniform weights (Glorot &amp; Bengio; PyTorch's {@code xavier_uniform_}, gain 1): each
     * W_l entry and w_out uniform in ±√(6/(fan_in + fan_out)), drawn in layout order from
     * {@code SplittableRandom(seed)}; biases 0, γ = 1, β = 0. Same seed, same parameters.
     *
     * @param threads worker threads (≥ 1); results do not depend on it
     */
    public static Snn create(SnnArchitecture architecture, Precision precision, long seed, int threads) {
        checkThreads(threads);
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[architecture.parameterCount()];
        for (int l = 0; l < architecture.layers(); l++) {
            int n = architecture.width(l);
            int k = architecture.inputs(l);
            fillUniform(p, architecture.weightOffset(l), n * k, Math.sqrt(6.0 / (n + k)), random);
            if (architecture.batchNorm()) {
                java.util.Arrays.fill(p, architecture.gammaOffset(l), architecture.gammaOffset(l) + n, 1.0);
            }
        }
        int last = architecture.width(architecture.layers() - 1);
        fillUniform(p, architecture.outputWeightOffset(), last, Math.sqrt(6.0 / (last + 1)), random);
        return new Snn(architecture, precision, threads, p);
    }

    /** A network with the given flat parameters (copied) and default running statistics (mean 0, variance 1). */
    public static Snn of(SnnArchitecture architecture, Precision precision, double[] parameters, int threads) {
        checkThreads(threads);
        checkLength("snn", "parameters", parameters, architecture.parameterCount());
        return new Snn(architecture, precision, threads, parameters.clone());
    }

    /**
     * The matrix kernel this JVM uses, one short phrase for run summaries: "vector, 8 lanes" (Vector API, when
     * started with {@code --add-modules jdk.incubator.vector}) or "scalar (…why)"; results are the same either way.
     */
    public static String matrixKernel() {
        return Gemm.description();
    }

    public SnnArchitecture architecture() {
        return architecture;
    }

    public Precision precision() {
        return precision;
    }

    public int threads() {
        return parallel.threads();
    }

    /** Sets the worker-thread count (≥ 1); results do not change. */
    public void setThreads(int threads) {
        checkThreads(threads);
        parallel = new Parallel(threads);
    }

    public int parameterCount() {
        return parameters.length;
    }

    /** The flat parameters (layout in {@link SnnArchitecture}), a copy. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** Replaces the flat parameters (copied). Passes already made keep their snapshot. */
    public void setParameters(double[] p) {
        checkLength("snn", "parameters", p, parameters.length);
        parameters = p.clone();
        weights = new SnnWeights(architecture, parameters, precision, parallel);
    }

    /** Running means of the batch-norm units, flat over layers in order, a copy (length Σ n_l, 0 without BN). */
    public double[] runningMean() {
        return runningMean.clone();
    }

    /** Running (unbiased) variances, same layout, a copy. */
    public double[] runningVariance() {
        return runningVariance.clone();
    }

    /** Replaces the running statistics (copied; variances must be ≥ 0). */
    public void setRunningStatistics(double[] mean, double[] variance) {
        checkLength("snn", "running mean", mean, runningMean.length);
        checkLength("snn", "running variance", variance, runningVariance.length);
        for (double v : variance) {
            if (!(v >= 0)) {
                throw InputException.of("snn", "running variance", "values ≥ 0", v);
            }
        }
        System.arraycopy(mean, 0, runningMean, 0, mean.length);
        System.arraycopy(variance, 0, runningVariance, 0, variance.length);
    }

    /**
     * The forward pass for a batch of points: x [point][feature] row-major, length points·F, not modified (copied).
     * In {@link BatchMode#TRAIN} with batch norm the running statistics move (and at least 2 points are needed).
     */
    public SnnPass forward(double[] x, int points, BatchMode mode) {
        checkBatch(x, points, mode);
        double[][] stats = null;
        if (architecture.batchNorm() && mode == BatchMode.EVAL) {
            stats = new double[][] {runningMean.clone(), runningVariance.clone()};
        }
        SnnPass pass = new SnnPass(architecture, precision, parallel, buffers, weights, x, points, mode, stats);
        if (architecture.batchNorm() && mode == BatchMode.TRAIN) {
            double[] mean = pass.batchMean();
            double[] var = pass.batchVariance();
            double unbias = points / (points - 1.0);
            for (int i = 0; i < mean.length; i++) {
                runningMean[i] = (1 - MOMENTUM) * runningMean[i] + MOMENTUM * mean[i];
                runningVariance[i] = (1 - MOMENTUM) * runningVariance[i] + MOMENTUM * var[i] * unbias;
            }
        }
        return pass;
    }

    /** As {@link #forward(double[], int, BatchMode)} with float input, widened to double. */
    public SnnPass forward(float[] x, int points, BatchMode mode) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return forward(d, points, mode);
    }

    /**
     * The forward pass with given batch-norm statistics (mean and biased variance, layout of
     * {@link #runningMean()}) instead of batch or running ones; nothing moves. This is the per-point function that
     * a {@link BatchMode#TRAIN} pass differentiates for forces, evaluated at other parameters or inputs.
     */
    public SnnPass forwardWithStatistics(double[] x, int points, double[] mean, double[] variance) {
        checkBatch(x, points, BatchMode.EVAL);
        checkLength("snn", "mean", mean, runningMean.length);
        checkLength("snn", "variance", variance, runningVariance.length);
        return new SnnPass(architecture, precision, parallel, buffers, weights, x, points, BatchMode.EVAL,
            new double[][] {mean.clone(), variance.clone()});
    }

    private void checkBatch(double[] x, int points, BatchMode mode) {
        if (points < 1) {
            throw InputException.of("snn.forward", "points", "at least 1", points);
        }
        checkLength("snn.forward", "x", x, points * architecture.features());
        if (mode == BatchMode.TRAIN && architecture.batchNorm() && points < 2) {
            throw InputException.of("snn.forward", "points", "at least 2 to normalise a batch in TRAIN mode", points);
        }
    }

    private static void fillUniform(double[] p, int off, int count, double a, SplittableRandom random) {
        for (int i = 0; i < count; i++) {
            p[off + i] = (2 * random.nextDouble() - 1) * a;
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw InputException.of("snn", "threads", "at least 1", threads);
        }
    }

    static void checkLength(String where, String field, double[] a, int expected) {
        if (a == null || a.length != expected) {
            throw InputException.of(where, field, "length " + expected, a == null ? "null" : "length " + a.length);
        }
    }
}
