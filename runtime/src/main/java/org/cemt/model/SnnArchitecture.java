package org.cemt.model;

import java.util.Arrays;
import org.cemt.core.InputException;

/**
 * The shape of the shared network f: R^F → R (CEMT paper S1.2): F inputs, hidden dense layers of the given widths,
 * each followed — when {@code batchNorm} — by batch normalisation, then the activation; a linear output of width 1.
 * Per hidden layer l: a = W·h + b, u = γ·(a − μ)/√(σ² + ε) + β (or u = a), h = φ(u); e = w_out·h + b_out.
 * Immutable.
 *
 * <p>Flat parameter layout, in this order for l = 0 … L−1: W_l as [out][in] row-major (PyTorch's
 * {@code nn.Linear.weight}), b_l [out], then with batch norm γ_l [out] and β_l [out]; last w_out [n_{L−1}] and
 * b_out. (512,256,128,64,32) on 241 features with batch norm has 300,481 parameters, the paper's Table S2.
 */
public final class SnnArchitecture {
    private final int features;
    private final int[] hidden;
    private final Activation activation;
    private final boolean batchNorm;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int[] gammaOffset;
    private final int[] betaOffset;
    private final int outputWeightOffset;
    private final int parameterCount;

    private SnnArchitecture(int features, int[] hidden, Activation activation, boolean batchNorm) {
        this.features = features;
        this.hidden = hidden;
        this.activation = activation;
        this.batchNorm = batchNorm;
        int layers = hidden.length;
        weightOffset = new int[layers];
        biasOffset = new int[layers];
        gammaOffset = new int[layers];
        betaOffset = new int[layers];
        int off = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = off;
            off += hidden[l] * inputs(l);
            biasOffset[l] = off;
            off += hidden[l];
            gammaOffset[l] = batchNorm ? off : -1;
            off += batchNorm ? hidden[l] : 0;
            betaOffset[l] = batchNorm ? off : -1;
            off += batchNorm ? hidden[l] : 0;
        }
        outputWeightOffset = off;
        parameterCount = off + hidden[layers - 1] + 1;
    }

    /**
     * F inputs, hidden widths (at least one layer, each ≥ 1), activation, batch norm after each hidden layer.
     *
     * @throws InputException naming the bad field
     */
    public static SnnArchitecture of(int features, int[] hidden, Activation activation, boolean batchNorm) {
        if (features < 1) {
            throw InputException.of("snn", "features", "at least 1", features);
        }
        if (hidden == null || hidden.length == 0) {
            throw InputException.of("snn", "hidden", "at least one hidden layer", "none");
        }
        for (int w : hidden) {
            if (w < 1) {
                throw InputException.of("snn", "hidden", "widths ≥ 1", Arrays.toString(hidden));
            }
        }
        if (activation == null) {
            throw InputException.of("snn", "activation", "an activation", "null");
        }
        return new SnnArchitecture(features, hidden.clone(), activation, batchNorm);
    }

    /** Number of input features F. */
    public int features() {
        return features;
    }

    /** Number of hidden layers L. */
    public int layers() {
        return hidden.length;
    }

    /** Width of hidden layer l. */
    public int width(int layer) {
        return hidden[layer];
    }

    /** Hidden widths, a copy. */
    public int[] hidden() {
        return hidden.clone();
    }

    /** Inputs of hidden layer l: F for l = 0, else the width of layer l−1. */
    public int inputs(int layer) {
        return layer == 0 ? features : hidden[layer - 1];
    }

    public Activation activation() {
        return activation;
    }

    public boolean batchNorm() {
        return batchNorm;
    }

    /** Total number of parameters (length of the flat vector). */
    public int parameterCount() {
        return parameterCount;
    }

    /** Offset of W_l ([out][in] row-major) in the flat parameters. */
    public int weightOffset(int layer) {
        return weightOffset[layer];
    }

    /** Offset of b_l. */
    public int biasOffset(int layer) {
        return biasOffset[layer];
    }

    /** Offset of the batch-norm scale γ_l; −1 without batch norm. */
    public int gammaOffset(int layer) {
        return gammaOffset[layer];
    }

    /** Offset of the batch-norm shift β_l; −1 without batch norm. */
    public int betaOffset(int layer) {
        return betaOffset[layer];
    }

    /** Offset of w_out (length of the last hidden width); b_out follows it and is the last parameter. */
    public int outputWeightOffset() {
        return outputWeightOffset;
    }

    /** Number of batch-norm units Σ_l n_l (length of the running-statistics vectors); 0 without batch norm. */
    public int normalizedUnits() {
        return batchNorm ? Arrays.stream(hidden).sum() : 0;
    }

    @Override
    public String toString() {
        return "Snn(" + features + " → " + Arrays.toString(hidden) + " → 1, " + activation.label()
            + (batchNorm ? ", batchnorm" : "") + ")";
    }
}
