package org.cemt.train;

import java.util.List;
import java.util.Locale;

/**
 * Errors of a model on a set of structures: energy (eV), energy per atom (eV/atom) and force components (eV/Å),
 * each as MAE, RMSE and maximum. Immutable.
 */
public record Errors(int structures, ErrorStats energy, ErrorStats energyPerAtom, ErrorStats force) {
    /** Errors of predictions against the samples' references (forces may be null per sample). */
    static Errors of(List<Sample> samples, double[] energies, double[][] forces) {
        ErrorStats e = new ErrorStats(), ea = new ErrorStats(), f = new ErrorStats();
        for (int s = 0; s < samples.size(); s++) {
            Sample x = samples.get(s);
            double d = energies[s] - x.energy;
            e.add(d);
            ea.add(d / x.atoms());
            if (forces != null && forces[s] != null && x.forces != null) {
                for (int k = 0; k < x.forces.length; k++) {
                    f.add(forces[s][k] - x.forces[k]);
                }
            }
        }
        return new Errors(samples.size(), e, ea, f);
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
}
