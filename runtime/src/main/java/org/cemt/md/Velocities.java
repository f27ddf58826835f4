package org.cemt.md;

import java.util.Random;
import org.cemt.core.InputException;
import org.cemt.core.Units;

/**
 * Initial velocities as ASE's {@code ase/md/velocitydistribution.py} makes them: Maxwell–Boltzmann at a temperature,
 * then without net momentum ({@code Stationary}) and, for clusters, without net rotation ({@code ZeroRotation}),
 * each removal rescaling back to the temperature drawn. Velocities Å/fs, masses amu, positions Å, all flat.
 */
public final class Velocities {
    private Velocities() {
    }

    /**
     * Maxwell–Boltzmann velocities at temperatureK for the given masses (amu): each component Gaussian with variance
     * k_B·T/m (in Å²/fs² via {@link Units#ACCELERATION}), drawn from {@code random}.
     */
    public static double[] maxwellBoltzmann(double[] masses, double temperatureK, Random random) {
        if (!(temperatureK >= 0) || !Double.isFinite(temperatureK)) {
            throw InputException.of("Maxwell-Boltzmann", "temperature", "a non-negative number of K", temperatureK);
        }
        double[] v = new double[3 * masses.length];
        double kT = Units.BOLTZMANN * temperatureK;
        for (int i = 0; i < masses.length; i++) {
            double s = Math.sqrt(kT * Units.ACCELERATION / masses[i]);
            for (int k = 3 * i; k < 3 * i + 3; k++) {
                v[k] = s * random.nextGaussian();
            }
        }
        return v;
    }

    /**
     * Maxwell–Boltzmann at temperatureK with zero total momentum and, if {@code zeroRotation}, zero angular momentum
     * about the centre of mass; atoms flagged {@code fixed} (null for none) get no velocity and are left out of the
     * removals. The kinetic energy is rescaled after each removal to the value drawn, as ASE does.
     */
    public static double[] initial(double[] masses, double[] positions, double temperatureK, boolean zeroRotation,
                                   boolean[] fixed, Random random) {
        double[] v = maxwellBoltzmann(masses, temperatureK, random);
        double[] m = masses.clone();
        for (int i = 0; i < masses.length; i++) {
            if (fixed != null && fixed[i]) {
                v[3 * i] = v[3 * i + 1] = v[3 * i + 2] = 0;
                m[i] = 0; // out of the momentum and rotation sums
            }
        }
        removeMomentum(m, v, true);
        if (zeroRotation) {
            removeRotation(m, positions, v, true);
        }
        return v;
    }

    /** Kinetic energy Σ ½mv², eV. */
    public static double kineticEnergy(double[] masses, double[] v) {
        double e = 0;
        for (int i = 0; i < masses.length; i++) {
            double x = v[3 * i], y = v[3 * i + 1], z = v[3 * i + 2];
            e += masses[i] * (x * x + y * y + z * z);
        }
        return 0.5 * e * Units.KINETIC;
    }

    /** Total momentum Σ m v, amu·Å/fs (length 3). */
    public static double[] momentum(double[] masses, double[] v) {
        double[] p = new double[3];
        for (int i = 0; i < masses.length; i++) {
            for (int a = 0; a < 3; a++) {
                p[a] += masses[i] * v[3 * i + a];
            }
        }
        return p;
    }

    /** Angular momentum Σ m (r − r_cm) × v about the centre of mass, amu·Å²/fs (length 3). */
    public static double[] angularMomentum(double[] masses, double[] positions, double[] v) {
        double[] c = centerOfMass(masses, positions);
        double[] l = new double[3];
        for (int i = 0; i < masses.length; i++) {
            double x = positions[3 * i] - c[0], y = positions[3 * i + 1] - c[1], z = positions[3 * i + 2] - c[2];
            l[0] += masses[i] * (y * v[3 * i + 2] - z * v[3 * i + 1]);
            l[1] += masses[i] * (z * v[3 * i] - x * v[3 * i + 2]);
            l[2] += masses[i] * (x * v[3 * i + 1] - y * v[3 * i]);
        }
        return l;
    }

    /** Subtracts the centre-of-mass velocity from atoms of non-zero mass. v modified. */
    public static void removeMomentum(double[] masses, double[] v, boolean preserveKineticEnergy) {
        double e0 = kineticEnergy(masses, v);
        double[] p = momentum(masses, v);
        double mass = 0;
        for (double m : masses) {
            mass += m;
        }
        for (int i = 0; i < masses.length; i++) {
            if (masses[i] > 0) {
                for (int a = 0; a < 3; a++) {
                    v[3 * i + a] -= p[a] / mass;
                }
            }
        }
        if (preserveKineticEnergy) {
            rescale(masses, v, e0);
        }
    }

    /**
     * Subtracts the rigid rotation ω × (r − r_cm) with I·ω = L (pseudo-inverse over the principal axes, so a linear
     * molecule loses only its two real rotations), from atoms of non-zero mass. v modified.
     */
    public static void removeRotation(double[] masses, double[] positions, double[] v,
                                      boolean preserveKineticEnergy) {
        double e0 = kineticEnergy(masses, v);
        double[] c = centerOfMass(masses, positions);
        double[] inertia = new double[9];
        for (int i = 0; i < masses.length; i++) {
            double[] r = {positions[3 * i] - c[0], positions[3 * i + 1] - c[1], positions[3 * i + 2] - c[2]};
            double r2 = r[0] * r[0] + r[1] * r[1] + r[2] * r[2];
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    inertia[3 * a + b] += masses[i] * ((a == b ? r2 : 0) - r[a] * r[b]);
                }
            }
        }
        double[] omega = SymmetricEigen.pseudoSolve(inertia, angularMomentum(masses, positions, v));
        for (int i = 0; i < masses.length; i++) {
            if (masses[i] > 0) {
                double x = positions[3 * i] - c[0], y = positions[3 * i + 1] - c[1], z = positions[3 * i + 2] - c[2];
                v[3 * i] -= omega[1] * z - omega[2] * y;
                v[3 * i + 1] -= omega[2] * x - omega[0] * z;
                v[3 * i + 2] -= omega[0] * y - omega[1] * x;
            }
        }
        if (preserveKineticEnergy) {
            rescale(masses, v, e0);
        }
    }

    private static void rescale(double[] masses, double[] v, double target) {
        double e = kineticEnergy(masses, v);
        if (e > 0) {
            double s = Math.sqrt(target / e);
            for (int k = 0; k < v.length; k++) {
                v[k] *= s;
            }
        }
    }

    /** Centre of mass (Å, [3]) of atoms with masses (amu, [atom]) at positions (Å, flat [3*atom + axis]). */
    static double[] centerOfMass(double[] masses, double[] positions) {
        double[] c = new double[3];
        double m = 0;
        for (int i = 0; i < masses.length; i++) {
            for (int a = 0; a < 3; a++) {
                c[a] += masses[i] * positions[3 * i + a];
            }
            m += masses[i];
        }
        for (int a = 0; a < 3; a++) {
            c[a] /= m;
        }
        return c;
    }
}
