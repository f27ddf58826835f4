package org.cemt.model;

/**
 * What {@link CemtEnergy#evaluate} computed: energy (eV), per-point contributions w_i·e_i (eV, length M; their
 * sum is the energy less the biases), and, when asked, forces −dE/dR (eV/Å, flat [3*atom + axis]), stress
 * (eV/Å³, 3×3 row-major, ASE's sign: (1/V)·dE/dε) and ∂E/∂B (eV per unit density coefficient, layout of
 * {@code Features.coefficientOffset}). Immutable; arrays are copies.
 */
public final class CemtResult {
    private final double energy;
    private final double[] contributions;
    private final double[] forces;
    private final double[] stress;
    private final double[] coefficientGradient;

    CemtResult(double energy, double[] contributions, double[] forces, double[] stress, double[] dEdB) {
        this.energy = energy;
        this.contributions = contributions;
        this.forces = forces;
        this.stress = stress;
        this.coefficientGradient = dEdB;
    }

    public double energy() {
        return energy;
    }

    /** w_i·e_i per point, a copy. */
    public double[] contributions() {
        return contributions.clone();
    }

    public boolean hasForces() {
        return forces != null;
    }

    /** Forces, eV/Å, a copy; throws if not computed. */
    public double[] forces() {
        return require(forces, "forces").clone();
    }

    public boolean hasStress() {
        return stress != null;
    }

    /** Stress, eV/Å³, 3×3 row-major, a copy; throws if not computed. */
    public double[] stress() {
        return require(stress, "stress").clone();
    }

    /** ∂E/∂B, a copy; throws if not computed. */
    public double[] coefficientGradient() {
        return require(coefficientGradient, "coefficient gradient").clone();
    }

    private static double[] require(double[] a, String what) {
        if (a == null) {
            throw new IllegalStateException(what + " not computed: ask CemtEnergy.evaluate for it");
        }
        return a;
    }
}
