package org.cemt.calc;

import org.cemt.structure.Structure;

/**
 * What a {@link Calculator} returns: total energy (eV), forces (eV/Å, flat [3*atom + axis]) and, for a fully
 * periodic cell, stress (eV/Å³, 3×3 row-major, ASE's sign: σ = (1/V)·∂E/∂ε for a homogeneous strain ε, so a
 * compressed cell that pushes outward has a negative trace; pressure = −trace/3). Immutable; arrays are copied.
 */
public final class Calculation {
    private final double energy;
    private final double[] forces;
    private final double[] stress; // null when not computed

    /** forces flat [3*atom + axis] (eV/Å); stress 9 values row-major (eV/Å³) or null. Arrays are copied. */
    public Calculation(double energy, double[] forces, double[] stress) {
        if (stress != null && stress.length != 9) {
            throw new IllegalArgumentException("stress: expected 9 values, found " + stress.length);
        }
        this.energy = energy;
        this.forces = forces.clone();
        this.stress = stress == null ? null : stress.clone();
    }

    /** Total energy, eV. */
    public double energy() {
        return energy;
    }

    /** Force on {@code atom} along {@code axis}, eV/Å. */
    public double force(int atom, int axis) {
        return forces[3 * atom + axis];
    }

    /** Forces, eV/Å, flat [3*atom + axis], a copy. */
    public double[] forces() {
        return forces.clone();
    }

    public boolean hasStress() {
        return stress != null;
    }

    /** Stress, eV/Å³, 3×3 row-major, a copy; throws if not computed (not a fully periodic cell). */
    public double[] stress() {
        if (stress == null) {
            throw new IllegalStateException("stress: expected a fully periodic cell, found none computed");
        }
        return stress.clone();
    }

    /** {@code s} with this energy, forces and (if computed) stress attached. */
    public Structure applyTo(Structure s) {
        Structure.Builder b = s.toBuilder().energy(energy).forces(forces);
        if (stress != null) {
            b.stress(stress);
        }
        return b.build();
    }
}
