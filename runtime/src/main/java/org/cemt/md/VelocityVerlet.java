package org.cemt.md;

import org.cemt.calc.Calculator;
import org.cemt.core.Units;
import org.cemt.structure.Structure;

/**
 * Velocity Verlet (NVE), as ASE's {@code ase/md/verlet.py}: v ← v + ½Δt·a; r ← r + Δt·v; new forces;
 * v ← v + ½Δt·a, with a = F/m·{@link Units#ACCELERATION} (Å/fs²). Time-reversible and symplectic: the total energy
 * fluctuates at O(Δt²) without drift.
 */
public final class VelocityVerlet extends Dynamics {
    /** Starts from {@code start} with velocities (Å/fs, flat), time step (fs) and fixed atoms (null for none). */
    public VelocityVerlet(Calculator calculator, Structure start, double[] velocities, double timestep,
                          boolean[] fixed) {
        super(calculator, start, velocities, timestep, fixed);
    }

    public VelocityVerlet(Calculator calculator, Structure start, double[] velocities, double timestep) {
        this(calculator, start, velocities, timestep, null);
    }

    @Override
    public void step() {
        int n = masses.length;
        halfKick();
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                for (int k = 3 * i; k < 3 * i + 3; k++) {
                    positions[k] += timestep * velocities[k];
                }
            }
        }
        evaluate();
        halfKick();
    }

    private void halfKick() {
        for (int i = 0; i < masses.length; i++) {
            if (!fixed[i]) {
                double c = 0.5 * timestep * Units.ACCELERATION / masses[i];
                for (int k = 3 * i; k < 3 * i + 3; k++) {
                    velocities[k] += c * forces[k];
                }
            }
        }
    }
}
