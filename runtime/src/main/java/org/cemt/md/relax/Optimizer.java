package org.cemt.md.relax;

import org.cemt.calc.Calculation;
import org.cemt.calc.Calculator;
import org.cemt.core.ComputationException;
import org.cemt.core.InputException;
import org.cemt.md.Observers;
import org.cemt.structure.Structure;

/**
 * A structure relaxation of atom positions (the cell is kept) under one {@link Calculator}, as ASE's
 * {@code ase/optimize/optimize.py}: the optimiser owns the mutable positions (Å, flat [3*atom + axis]), forces
 * (eV/Å) and energy (eV); {@link #step()} moves the atoms once; {@link #run} steps until the largest atomic force
 * |F_i| is at most fmax or the step budget is spent. Observers attach with an interval and see step 0 and every
 * multiple of it (a trajectory writer, a logger).
 */
public abstract class Optimizer {
    protected final Calculator calculator;
    protected final double[] positions;
    protected double[] forces;
    protected double energy;
    private final Structure template;
    private long steps;
    private final Observers<Optimizer> observers = new Observers<>("relaxation");

    /** Something called every {@code interval} steps; it may read the optimiser, not change it. */
    @FunctionalInterface
    public interface Observer {
        void observe(Optimizer o);
    }

    /** Starts at {@code start}'s positions and computes the first forces. */
    protected Optimizer(Calculator calculator, Structure start) {
        if (start.size() == 0) {
            throw InputException.of("relaxation", "structure", "at least one atom", "none");
        }
        this.calculator = calculator;
        this.positions = start.positions();
        this.template = start.toBuilder().clearEnergy().removeArray(Structure.FORCES).build();
        evaluate();
    }

    /** Moves the atoms once and recomputes energy and forces. */
    public abstract void step();

    /**
     * Steps until {@link #fmax()} ≤ fmax (eV/Å, &gt; 0) or maxSteps (≥ 0) steps were taken in this call; returns
     * whether it converged. Observers see the start (step 0, first call only) and the steps their interval picks.
     */
    public boolean run(double fmax, long maxSteps) {
        if (!(fmax > 0) || !Double.isFinite(fmax)) {
            throw InputException.of("relaxation", "fmax", "a positive force in eV/Å", fmax);
        }
        if (maxSteps < 0) {
            throw InputException.of("relaxation", "max steps", "a count ≥ 0", maxSteps);
        }
        if (steps == 0) {
            notifyObservers();
        }
        for (long k = 0; k < maxSteps && fmax() > fmax; k++) {
            step();
            steps++;
            notifyObservers();
        }
        return fmax() <= fmax;
    }

    /** Calls {@code o} every {@code interval} (≥ 1) steps. */
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
            throw new ComputationException("relaxation: energy " + c.energy() + " at step " + (steps + 1));
        }
        energy = c.energy();
        forces = c.forces();
    }

    /** Largest atomic force max_i |F_i|, eV/Å. */
    public double fmax() {
        double m = 0;
        for (int i = 0; i < forces.length / 3; i++) {
            double x = forces[3 * i], y = forces[3 * i + 1], z = forces[3 * i + 2];
            m = Math.max(m, x * x + y * y + z * z);
        }
        return Math.sqrt(m);
    }

    /** Steps taken so far. */
    public long steps() {
        return steps;
    }

    /** Energy at the current positions, eV. */
    public double energy() {
        return energy;
    }

    /** Forces at the current positions, eV/Å, a copy. */
    public double[] forces() {
        return forces.clone();
    }

    /** The current frame with its energy and forces. */
    public Structure structure() {
        return template.toBuilder().energy(energy).forces(forces).build().withPositions(positions);
    }
}
