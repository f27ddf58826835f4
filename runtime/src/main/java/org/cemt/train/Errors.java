package org.cemt.train;

import java.util.List;
import java.util.Locale;

/**
 * Errors of a model on a set of structures: energy (eV), energy per atom (eV/atom) and force components (eV/Å),
 * each as MAE, RMSE and maximum. Immutable. The one place these statistics are computed: the trainer's validation
 * and test tables and {@link Evaluation} both collect them through {@link Builder}.
 */
public record Errors(int structures, ErrorStats energy, ErrorStats energyPerAtom, ErrorStats force) {
    /** Errors of predictions against the samples' references (forces may be null per sample). */
    static Errors of(List<Sample> samples, double[] energies, double[][] forces) {
        Builder b = new Builder();
        for (int s = 0; s < samples.size(); s++) {
            Sample x = samples.get(s);
            b.add(x.atoms(), x.energy, energies[s], x.forces, forces == null ? null : forces[s]);
        }
        return b.build();
    }

    /** A few lines: one row per quantity with MAE, RMSE and max. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-16s %12s %12s %12s%n", "(" + structures
            + " structures)", "MAE", "RMSE", "max"));
        row(b, "energy, eV", energy);
        row(b, "energy/atom, eV", energyPerAtom);
        if (force.count() > 0) {
            row(b, "force, eV/Å", force);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, ErrorStats s) {
        b.append(String.format(Locale.ROOT, "%-16s %12.6f %12.6f %12.6f%n", name, s.mae(), s.rmse(), s.max()));
    }

    /** Collects structures one by one (one owner); {@link #build} hands the statistics over. */
    static final class Builder {
        private final ErrorStats energy = new ErrorStats(), energyPerAtom = new ErrorStats(),
            force = new ErrorStats();
        private int structures;

        /**
         * Adds one structure of {@code atoms} atoms: reference and predicted energy (eV), reference and predicted
         * forces (eV/Å, flat [3*atom + axis]); the force components count only when both force arrays are given.
         */
        void add(int atoms, double energyReference, double energyPredicted, double[] forceReference,
                 double[] forcePredicted) {
            double d = energyPredicted - energyReference;
            energy.add(d);
            energyPerAtom.add(d / Math.max(1, atoms));
            if (forceReference != null && forcePredicted != null) {
                for (int k = 0; k < forceReference.length; k++) {
                    force.add(forcePredicted[k] - forceReference[k]);
                }
            }
            structures++;
        }

        Errors build() {
            return new Errors(structures, energy, energyPerAtom, force);
        }
    }
}
