package org.cemt.md.relax;

import org.cemt.calc.Calculator;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * FIRE, the fast inertial relaxation engine of Bitzek, Koskinen, Gähler, Moseler and Gumbsch, Phys. Rev. Lett. 97,
 * 170201 (2006), as ASE's {@code ase/optimize/fire.py} (unit masses, whole-system vectors): MD with the velocity
 * mixed toward the force, v ← (1 − α)v + α|v|F̂ while P = F·v &gt; 0 (after N_min such steps the time step grows by
 * f_inc up to Δt_max and α shrinks by f_α), reset to v = 0, α = α_start, Δt ← f_dec·Δt when P ≤ 0; then
 * v ← v + Δt·F and a step Δr = Δt·v capped in norm at maxstep. ASE's defaults: Δt = 0.1, Δt_max = 1.0, N_min = 5,
 * f_inc = 1.1, f_dec = 0.5, α_start = 0.1, f_α = 0.99, maxstep = 0.2 Å.
 */
public final class Fire extends Optimizer {
    private static final int N_MIN = 5;
    private static final double F_INC = 1.1, F_DEC = 0.5, ALPHA_START = 0.1, F_ALPHA = 0.99;

    private final double maxStep;
    private final double dtMax;
    private final double[] v;
    private double dt;
    private double alpha = ALPHA_START;
    private int positiveSteps;
    private boolean started;

    /** ASE's defaults: Δt = 0.1, Δt_max = 1.0, maxstep 0.2 Å. */
    public Fire(Calculator calculator, Structure start) {
        this(calculator, start, 0.2, 0.1, 1.0);
    }

    /** maxStep (Å), dt and dtMax (ASE's FIRE time units: Å·√(amu_unit/eV) with unit masses), all &gt; 0. */
    public Fire(Calculator calculator, Structure start, double maxStep, double dt, double dtMax) {
        super(calculator, start);
        positive("maxstep", maxStep);
        positive("dt", dt);
        positive("dtmax", dtMax);
        this.maxStep = maxStep;
        this.dt = dt;
        this.dtMax = dtMax;
        this.v = new double[positions.length];
    }

    private static void positive(String field, double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            throw InputException.of("FIRE", field, "a positive number", x);
        }
    }

    @Override
    public void step() {
        double[] f = forces;
        if (started) {
            double vf = dot(f, v);
            if (vf > 0) {
                double scale = Math.sqrt(dot(v, v) / dot(f, f));
                for (int k = 0; k < v.length; k++) {
                    v[k] = (1 - alpha) * v[k] + alpha * f[k] * scale;
                }
                if (positiveSteps > N_MIN) {
                    dt = Math.min(dt * F_INC, dtMax);
                    alpha *= F_ALPHA;
                }
                positiveSteps++;
            } else {
                java.util.Arrays.fill(v, 0);
                alpha = ALPHA_START;
                dt *= F_DEC;
                positiveSteps = 0;
            }
        }
        started = true;
        double norm = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] += dt * f[k];
            norm += dt * v[k] * dt * v[k];
        }
        norm = Math.sqrt(norm);
        double cap = norm > maxStep ? maxStep / norm : 1;
        for (int k = 0; k < v.length; k++) {
            positions[k] += cap * dt * v[k];
        }
        evaluate();
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
