package org.cemt.md;

import java.util.Random;
import org.cemt.calc.Calculator;
import org.cemt.core.InputException;
import org.cemt.core.Units;
import org.cemt.structure.Structure;

/**
 * Langevin dynamics (NVT) with ASE's propagator ({@code ase/md/langevin.py}): Vanden-Eijnden and Ciccotti, Chem.
 * Phys. Lett. 429, 310 (2006), Eq. 23, quasi-symplectic, two Gaussian numbers ξ, η per degree of freedom and step.
 * Friction γ in 1/fs; the centre of mass is held (ASE's {@code fixcm=True}) unless atoms are fixed — truly held:
 * ASE 3.22.1's {@code Atoms.set_center_of_mass} shifts the wrong way, so there a moving centre of mass drifts; with
 * zero net momentum the two agree step for step. A fixed seed gives an identical trajectory.
 */
public final class Langevin extends Dynamics {
    private final double friction;
    private final double kT;
    private final Random random;
    private final boolean fixCenterOfMass;
    private final double c1, c2;
    private final double[] c3, c4, c5; // per atom: the noise amplitude σ = √(2kTγ/m) depends on the mass
    private final double[] xi, eta;

    /**
     * Starts from {@code start} with velocities (Å/fs, flat) and time step (fs), coupled to a bath at temperatureK
     * with friction (1/fs); random numbers from {@code seed}; fixed atoms (null for none).
     */
    public Langevin(Calculator calculator, Structure start, double[] velocities, double timestep,
                    double temperatureK, double friction, long seed, boolean[] fixed) {
        super(calculator, start, velocities, timestep, fixed);
        if (!(temperatureK >= 0) || !Double.isFinite(temperatureK)) {
            throw InputException.of("Langevin", "temperature", "a non-negative number of K", temperatureK);
        }
        if (!(friction > 0) || !Double.isFinite(friction)) {
            throw InputException.of("Langevin", "friction", "a positive rate in 1/fs", friction);
        }
        this.friction = friction;
        this.kT = Units.BOLTZMANN * temperatureK;
        this.random = new Random(seed);
        boolean anyFixed = false;
        for (boolean f : this.fixed) {
            anyFixed |= f;
        }
        this.fixCenterOfMass = !anyFixed;
        double dt = timestep;
        int n = masses.length;
        c1 = dt / 2 - dt * dt * friction / 8;
        c2 = dt * friction / 2 - dt * dt * friction * friction / 8;
        c3 = new double[n];
        c4 = new double[n];
        c5 = new double[n];
        for (int i = 0; i < n; i++) {
            double sigma = Math.sqrt(2 * kT * friction * Units.ACCELERATION / masses[i]); // Å/fs^(3/2)
            c3[i] = Math.sqrt(dt) * sigma / 2 - Math.pow(dt, 1.5) * friction * sigma / 8;
            c5[i] = Math.pow(dt, 1.5) * sigma / (2 * Math.sqrt(3));
            c4[i] = friction / 2 * c5[i];
        }
        xi = new double[3 * n];
        eta = new double[3 * n];
    }

    /** Friction γ, 1/fs. */
    public double friction() {
        return friction;
    }

    /** Bath temperature, K. */
    public double targetTemperature() {
        return kT / Units.BOLTZMANN;
    }

    @Override
    public void step() {
        int n = masses.length;
        for (int k = 0; k < 3 * n; k++) {
            xi[k] = random.nextGaussian();
            eta[k] = random.nextGaussian();
        }
        kick();
        double[] com0 = fixCenterOfMass ? Velocities.centerOfMass(masses, positions) : null;
        double[] old = positions.clone();
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                for (int k = 3 * i; k < 3 * i + 3; k++) {
                    positions[k] += timestep * velocities[k] + c5[i] * eta[k];
                }
            }
        }
        if (fixCenterOfMass) {
            double[] com1 = Velocities.centerOfMass(masses, positions);
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < 3; a++) {
                    positions[3 * i + a] += com0[a] - com1[a];
                }
            }
            // the velocity implied by the constrained move, as ASE recomputes it after set_center_of_mass
            for (int i = 0; i < n; i++) {
                for (int k = 3 * i; k < 3 * i + 3; k++) {
                    velocities[k] = (positions[k] - old[k] - c5[i] * eta[k]) / timestep;
                }
            }
        }
        evaluate();
        kick();
        if (fixCenterOfMass) {
            Velocities.removeMomentum(masses, velocities, false);
        }
    }

    /** v ← v + c1·a − c2·v + c3·ξ − c4·η on free atoms. */
    private void kick() {
        for (int i = 0; i < masses.length; i++) {
            if (!fixed[i]) {
                double accel = Units.ACCELERATION / masses[i];
                for (int k = 3 * i; k < 3 * i + 3; k++) {
                    velocities[k] += c1 * forces[k] * accel - c2 * velocities[k] + c3[i] * xi[k] - c4[i] * eta[k];
                }
            }
        }
    }
}
