package org.cemt.md;

import org.cemt.calc.Calculation;
import org.cemt.calc.Calculator;
import org.cemt.core.ComputationException;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.core.Units;
import org.cemt.structure.Structure;

/**
 * Molecular dynamics of one structure under one {@link Calculator}: the mutable state (positions Å, velocities
 * Å/fs, forces eV/Å, all flat [3*atom + axis]; masses amu) owned by the integrator, advanced by {@link #step()},
 * watched by observers with an interval (ASE's {@code ase/md/md.py}). Fixed atoms (ASE's FixAtoms) never move and
 * carry no velocity; the forces reported on them are the calculator's, unconstrained.
 */
public abstract class Dynamics {
    protected final Calculator calculator;
    protected final double timestep;
    protected final double[] masses;
    protected final double[] positions;
    protected final double[] velocities;
    protected final boolean[] fixed;
    protected double[] forces;
    protected double energy;
    private Structure template;
    private long steps;
    private final Observers<Dynamics> observers = new Observers<>("dynamics");

    /**
     * Starts from {@code start} with {@code velocities} (Å/fs, flat; copied) and time step (fs); atoms flagged in
     * {@code fixed} (null for none) stay put. Computes the first forces.
     */
    protected Dynamics(Calculator calculator, Structure start, double[] velocities, double timestep,
                       boolean[] fixed) {
        int n = start.size();
        if (velocities.length != 3 * n) {
            throw InputException.of("dynamics", "velocities", 3 * n + " numbers", velocities.length);
        }
        if (!(timestep > 0) || !Double.isFinite(timestep)) {
            throw InputException.of("dynamics", "timestep", "a positive number of fs", timestep);
        }
        if (fixed != null && fixed.length != n) {
            throw InputException.of("dynamics", "fixed", n + " flags", fixed.length);
        }
        this.calculator = calculator;
        this.timestep = timestep;
        this.masses = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = Element.mass(start.number(i));
        }
        this.fixed = fixed == null ? new boolean[n] : fixed.clone();
        this.positions = start.positions();
        this.velocities = velocities.clone();
        for (int i = 0; i < n; i++) {
            if (this.fixed[i]) {
                this.velocities[3 * i] = this.velocities[3 * i + 1] = this.velocities[3 * i + 2] = 0;
            }
        }
        this.template = start.toBuilder().clearEnergy().removeArray(Structure.FORCES).build();
        evaluate();
    }

    /** Advances one time step. */
    public abstract void step();

    /** Runs {@code n} steps, calling observers at step 0 (first run only) and whenever steps % interval == 0. */
    public void run(long n) {
        if (steps == 0) {
            notifyObservers();
        }
        for (long k = 0; k < n; k++) {
            step();
            steps++;
            notifyObservers();
        }
    }

    /** Calls {@code o} every {@code interval} steps (≥ 1), as ASE's attach(function, interval). */
    public void attach(Observer o, int interval) {
        observers.attach(o::observe, interval);
    }

    private void notifyObservers() {
        observers.notify(this, steps);
    }

    /** Recomputes energy and forces at the current positions; fails on a non-finite energy. */
    protected final void evaluate() {
        Calculation c = calculator.calculate(template.withPositions(positions));
        if (!Double.isFinite(c.energy())) {
            throw new ComputationException("dynamics: energy " + c.energy() + " at step " + (steps + 1));
        }
        energy = c.energy();
        forces = c.forces();
    }

    /** Steps done so far. */
    public long steps() {
        return steps;
    }

    /** Simulated time, fs. */
    public double time() {
        return steps * timestep;
    }

    public double timestep() {
        return timestep;
    }

    /** Potential energy at the current positions, eV. */
    public double potentialEnergy() {
        return energy;
    }

    /** Kinetic energy Σ ½mv², eV. */
    public double kineticEnergy() {
        return Velocities.kineticEnergy(masses, velocities);
    }

    public double totalEnergy() {
        return energy + kineticEnergy();
    }

    /** Instantaneous temperature 2E_kin/(3·N_free·k_B), K (ASE's convention: 3 degrees of freedom per free atom). */
    public double temperature() {
        int free = 0;
        for (boolean f : fixed) {
            free += f ? 0 : 1;
        }
        return free == 0 ? 0 : 2 * kineticEnergy() / (3 * free * Units.BOLTZMANN);
    }

    /** Velocities, Å/fs, flat [3*atom + axis], a copy. */
    public double[] velocities() {
        return velocities.clone();
    }

    /** The current frame: positions with the calculator's energy (eV) and forces (eV/Å). */
    public Structure structure() {
        return template.toBuilder().energy(energy).forces(forces).build().withPositions(positions);
    }
}
