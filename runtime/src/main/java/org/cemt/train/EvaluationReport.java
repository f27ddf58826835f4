package org.cemt.train;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cemt.structure.Structure;

/**
 * What {@link Evaluation} measured: energy errors (eV; total and per atom), force errors over all Cartesian
 * components (eV/Å; NaN when no frame has forces), time per structure (ms; featurisation and network apart), and the
 * parity data behind them: reference and predicted energy per frame (eV), atoms per frame, and reference and
 * predicted force components of the frames with forces (eV/Å, flat, frame after frame). Immutable; arrays are
 * copies.
 */
public final class EvaluationReport {
    private final Errors errors;
    private final double featurizeMs, networkMs;
    private final double[] energyReference, energyPredicted, forceReference, forcePredicted;
    private final int[] atoms;

    private EvaluationReport(Builder b) {
        errors = b.errors.build();
        int n = b.frames;
        featurizeMs = n == 0 ? Double.NaN : b.featurizeNanos / 1e6 / n;
        networkMs = n == 0 ? Double.NaN : b.networkNanos / 1e6 / n;
        energyReference = java.util.Arrays.copyOf(b.eRef, n);
        energyPredicted = java.util.Arrays.copyOf(b.ePred, n);
        atoms = java.util.Arrays.copyOf(b.atoms, n);
        forceReference = java.util.Arrays.copyOf(b.fRef, b.forces);
        forcePredicted = java.util.Arrays.copyOf(b.fPred, b.forces);
    }

    public int structures() {
        return energyReference.length;
    }

    /** The error statistics, computed as the trainer computes its validation and test errors. */
    public Errors errors() {
        return errors;
    }

    /** Energy errors, eV per structure. */
    public ErrorStats energy() {
        return errors.energy();
    }

    /** Energy errors divided by each structure's atom count, eV/atom. */
    public ErrorStats energyPerAtom() {
        return errors.energyPerAtom();
    }

    /** Force errors over every Cartesian component of the frames with reference forces, eV/Å. */
    public ErrorStats force() {
        return errors.force();
    }

    /** Mean featurisation time (points, λ, derivative products), ms per structure. */
    public double featurizeMsPerStructure() {
        return featurizeMs;
    }

    /** Mean network time (f and ∂f/∂λ over all points), ms per structure. */
    public double networkMsPerStructure() {
        return networkMs;
    }

    public double[] energyReference() {
        return energyReference.clone();
    }

    public double[] energyPredicted() {
        return energyPredicted.clone();
    }

    public int[] atoms() {
        return atoms.clone();
    }

    public double[] forceReference() {
        return forceReference.clone();
    }

    public double[] forcePredicted() {
        return forcePredicted.clone();
    }

    /**
     * The summary as an ordered map for JSON: n_structures, energy_mae, energy_rmse, energy_max,
     * energy_per_atom_mae, energy_per_atom_rmse, energy_per_atom_max, n_force_components, force_mae, force_rmse,
     * force_max (null without forces), featurize_ms_per_structure, network_ms_per_structure.
     */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n_structures", structures());
        ErrorStats energy = errors.energy(), energyPerAtom = errors.energyPerAtom(), force = errors.force();
        m.put("energy_mae", energy.mae());
        m.put("energy_rmse", energy.rmse());
        m.put("energy_max", energy.max());
        m.put("energy_per_atom_mae", energyPerAtom.mae());
        m.put("energy_per_atom_rmse", energyPerAtom.rmse());
        m.put("energy_per_atom_max", energyPerAtom.max());
        m.put("n_force_components", force.count());
        m.put("force_mae", finiteOrNull(force.mae()));
        m.put("force_rmse", finiteOrNull(force.rmse()));
        m.put("force_max", finiteOrNull(force.max()));
        m.put("featurize_ms_per_structure", featurizeMs);
        m.put("network_ms_per_structure", networkMs);
        return m;
    }

    private static Object finiteOrNull(double x) {
        return Double.isFinite(x) ? x : null;
    }

    /** Collects frames one by one (one owner). */
    static final class Builder {
        final Errors.Builder errors = new Errors.Builder();
        int frames, forces;
        long featurizeNanos, networkNanos;
        double[] eRef = new double[16], ePred = new double[16], fRef = new double[64], fPred = new double[64];
        int[] atoms = new int[16];

        void add(Structure s, double predicted, double[] predictedForces, long featurizeNs, long networkNs) {
            if (frames == eRef.length) {
                eRef = java.util.Arrays.copyOf(eRef, 2 * frames);
                ePred = java.util.Arrays.copyOf(ePred, 2 * frames);
                atoms = java.util.Arrays.copyOf(atoms, 2 * frames);
            }
            double ref = s.energy();
            eRef[frames] = ref;
            ePred[frames] = predicted;
            atoms[frames] = s.size();
            frames++;
            errors.add(s.size(), ref, predicted, predictedForces == null ? null : s.forces(), predictedForces);
            if (predictedForces != null) {
                double[] f = s.forces();
                while (forces + f.length > fRef.length) {
                    fRef = java.util.Arrays.copyOf(fRef, 2 * fRef.length);
                    fPred = java.util.Arrays.copyOf(fPred, 2 * fPred.length);
                }
                for (int k = 0; k < f.length; k++) {
                    fRef[forces + k] = f[k];
                    fPred[forces + k] = predictedForces[k];
                }
                forces += f.length;
            }
            featurizeNanos += featurizeNs;
            networkNanos += networkNs;
        }

        EvaluationReport build() {
            return new EvaluationReport(this);
        }
    }
}
