package org.cemt.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.gmp.Featurizer;
import org.cemt.gmp.GmpFeatures;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Structure;

/**
 * A trained CEMT model: E = Σ_i w_i f(λ_i) + Σ_atoms bias(Z) (CEMT paper Eq. 2 with the GMP paper's per-element
 * bias), with f(λ) = s_E · net((λ − m)/s) — the shared network applied to standardised features, its output scaled
 * back to eV per unit weight. The network runs in evaluation mode (batch normalisation with running statistics), so
 * f is a per-point function. Immutable once built; safe to evaluate from several threads.
 */
public final class CemtModel {
    private final ModelSpec spec;
    private final double[] featureMean;
    private final double[] featureScale;
    private final double energyScale;
    private final double[] biasByZ; // index Z, eV; 0 for elements without a bias
    private final Snn network;
    private final Featurizer featurizer;
    private final Map<String, Object> provenance;

    private CemtModel(ModelSpec spec, double[] featureMean, double[] featureScale, double energyScale,
                      double[] biasByZ, Snn network, Map<String, Object> provenance) {
        this.spec = spec;
        this.featureMean = featureMean;
        this.featureScale = featureScale;
        this.energyScale = energyScale;
        this.biasByZ = biasByZ;
        this.network = network;
        this.featurizer = Featurizer.of(spec.gmp());
        this.provenance = provenance;
    }

    /**
     * A model from its parts. featureMean and featureScale (length F, scale &gt; 0) standardise λ; energyScale (eV per
     * unit weight, &gt; 0) scales the network output; biasByZ (length ≥ 95 or null) holds eV per atom of each Z; the
     * network's architecture must match the spec. Arrays are copied; the network is taken over (do not train it
     * further). provenance: free-form facts about training kept in the model file (may be empty).
     */
    public static CemtModel of(ModelSpec spec, double[] featureMean, double[] featureScale, double energyScale,
                               double[] biasByZ, Snn network, Map<String, Object> provenance) {
        int f = spec.features();
        if (featureMean.length != f || featureScale.length != f) {
            throw InputException.of("model", "feature scaler", f + " means and scales", featureMean.length + " and "
                + featureScale.length);
        }
        for (double s : featureScale) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw InputException.of("model", "feature scale", "finite values > 0", s);
            }
        }
        if (!(energyScale > 0) || !Double.isFinite(energyScale)) {
            throw InputException.of("model", "energy scale", "a finite value > 0", energyScale);
        }
        if (!network.architecture().toString().equals(spec.architecture().toString())) {
            throw InputException.of("model", "network", spec.architecture().toString(),
                network.architecture().toString());
        }
        double[] bias = new double[Element.MAX_Z + 1];
        if (biasByZ != null) {
            System.arraycopy(biasByZ, 0, bias, 0, Math.min(bias.length, biasByZ.length));
        }
        return new CemtModel(spec, featureMean.clone(), featureScale.clone(), energyScale, bias, network,
            new LinkedHashMap<>(provenance));
    }

    public ModelSpec spec() {
        return spec;
    }

    public Featurizer featurizer() {
        return featurizer;
    }

    /** The shared network (evaluation mode is used here; do not train it). */
    public Snn network() {
        return network;
    }

    public double[] featureMean() {
        return featureMean.clone();
    }

    public double[] featureScale() {
        return featureScale.clone();
    }

    public double energyScale() {
        return energyScale;
    }

    /** Per-element bias, eV per atom, indexed by Z (a copy). */
    public double[] biasByZ() {
        return biasByZ.clone();
    }

    /** Facts about how the model was trained (read-only). */
    public Map<String, Object> provenance() {
        return java.util.Collections.unmodifiableMap(provenance);
    }

    /** f and ∂f/∂λ as a {@link PointModel}: f(λ) = s_E·net((λ − m)/s). */
    public PointModel pointModel() {
        return new PointModel() {
            @Override
            public int inputs() {
                return featureMean.length;
            }

            @Override
            public void evaluate(double[] features, int points, double[] energies, double[] gradients) {
                int f = featureMean.length;
                double[] x = standardize(features, points);
                SnnPass pass = network.forward(x, points, BatchMode.EVAL);
                double[] e = pass.outputs();
                for (int i = 0; i < points; i++) {
                    energies[i] = energyScale * e[i];
                }
                if (gradients != null) {
                    double[] g = pass.inputGradient(new double[points * f]);
                    for (int i = 0; i < points; i++) {
                        for (int k = 0; k < f; k++) {
                            gradients[i * f + k] = energyScale * g[i * f + k] / featureScale[k];
                        }
                    }
                }
                pass.release();
            }
        };
    }

    /** (λ − m)/s for M points, a new array. */
    public double[] standardize(double[] features, int points) {
        int f = featureMean.length;
        double[] x = new double[points * f];
        for (int i = 0; i < points; i++) {
            for (int k = 0; k < f; k++) {
                x[i * f + k] = (features[i * f + k] - featureMean[k]) / featureScale[k];
            }
        }
        return x;
    }

    /**
     * Energy and what else is wanted (forces, stress, ∂E/∂B) of one structure, with the reference points of the
     * spec (augmented grids averaged over their 8 shifts).
     */
    public CemtResult evaluate(Structure s, CemtEnergy.Want... want) {
        ReferencePointSet points = spec.refPoints().build(s);
        return evaluate(s, points, want);
    }

    /** As {@link #evaluate(Structure, CemtEnergy.Want...)} on given points. */
    public CemtResult evaluate(Structure s, ReferencePointSet points, CemtEnergy.Want... want) {
        checkElements(s);
        if (points.size() == 0) {
            return CemtEnergy.evaluate(s, points, featurizer.compute(s, new double[0]), pointModel(), biasByZ, want);
        }
        GmpFeatures features = featurizer.compute(s, points.points());
        return CemtEnergy.evaluate(s, points, features, pointModel(), biasByZ, want);
    }

    /** Refuses elements the density set lacks (the featurizer names them) or that training never saw. */
    private void checkElements(Structure s) {
        Object seen = provenance.get("elements");
        if (seen instanceof List<?> l && !l.isEmpty()) {
            for (int j = 0; j < s.size(); j++) {
                if (!l.contains(s.symbol(j))) {
                    throw InputException.of("model", "element " + s.symbol(j), "one of the trained elements " + l,
                        "atom " + j);
                }
            }
        }
    }

    /** Writes the model file atomically (see {@link ModelFile}). */
    public void save(Path file) {
        ModelFile.write(this, file);
    }

    /** Reads a model file; corrupt, truncated, foreign or newer-version files get a clear error. */
    public static CemtModel load(Path file) {
        return ModelFile.read(file);
    }

    @Override
    public String toString() {
        return "CemtModel(" + spec + ", bias " + Arrays.toString(Arrays.stream(biasByZ).filter(b -> b != 0)
            .toArray()) + ")";
    }
}
