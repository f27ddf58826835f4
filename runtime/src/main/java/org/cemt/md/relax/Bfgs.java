package org.cemt.md.relax;

import org.cemt.calc.Calculator;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * Quasi-Newton relaxation as ASE's {@code ase/optimize/bfgs.py}: a Hessian model H, 3N×3N, starting at α·I
 * (α = 70 eV/Å²), updated by BFGS with the last step Δr and force change Δf, H ← H − ΔfΔfᵀ/(Δr·Δf) − (HΔr)(HΔr)ᵀ/
 * (Δr·HΔr); the step Δr = Σ_k v_k (v_k·F)/|ω_k| over H's eigenpairs (so a negative curvature still points
 * downhill), scaled so that no atom moves more than maxstep (0.2 Å). No line search: a step is taken as computed.
 */
public final class Bfgs extends Optimizer {
    private final double maxStep;
    private final double[] h; // 3N×3N row-major, eV/Å²
    private double[] r0;
    private double[] f0;

    /** ASE's defaults: maxstep 0.2 Å, initial Hessian 70 eV/Å²·I. */
    public Bfgs(Calculator calculator, Structure start) {
        this(calculator, start, 0.2, 70.0);
    }

    /** maxStep (Å) and alpha (eV/Å², the initial Hessian's diagonal), both &gt; 0. */
    public Bfgs(Calculator calculator, Structure start, double maxStep, double alpha) {
        super(calculator, start);
        if (!(maxStep > 0) || !Double.isFinite(maxStep)) {
            throw InputException.of("BFGS", "maxstep", "a positive length in Å", maxStep);
        }
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw InputException.of("BFGS", "alpha", "a positive curvature in eV/Å²", alpha);
        }
        this.maxStep = maxStep;
        int n = positions.length;
        this.h = new double[n * n];
        for (int k = 0; k < n; k++) {
            h[k * n + k] = alpha;
        }
    }

    @Override
    public void step() {
        int n = positions.length;
        if (r0 != null) {
            update();
        }
        double[] vectors = new double[n * n];
        double[] omega = Eigen.symmetric(h, n, vectors);
        double[] dr = new double[n];
        for (int k = 0; k < n; k++) {
            double c = 0;
            for (int i = 0; i < n; i++) {
                c += vectors[i * n + k] * forces[i];
            }
            c /= Math.abs(omega[k]);
            for (int i = 0; i < n; i++) {
                dr[i] += c * vectors[i * n + k];
            }
        }
        double longest = 0;
        for (int a = 0; a < n / 3; a++) {
            double x = dr[3 * a], y = dr[3 * a + 1], z = dr[3 * a + 2];
            longest = Math.max(longest, Math.sqrt(x * x + y * y + z * z));
        }
        double scale = longest > maxStep ? maxStep / longest : 1;
        r0 = positions.clone();
        f0 = forces.clone();
        for (int i = 0; i < n; i++) {
            positions[i] += scale * dr[i];
        }
        evaluate();
    }

    /** The BFGS update from the last step; skipped for a step below 1e-7 Å, as ASE does. */
    private void update() {
        int n = positions.length;
        double[] dr = new double[n];
        double[] df = new double[n];
        double big = 0;
        for (int i = 0; i < n; i++) {
            dr[i] = positions[i] - r0[i];
            df[i] = forces[i] - f0[i];
            big = Math.max(big, Math.abs(dr[i]));
        }
        if (big < 1e-7) {
            return;
        }
        double[] dg = new double[n];
        double a = 0, b = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += h[i * n + j] * dr[j];
            }
            dg[i] = s;
            a += dr[i] * df[i];
            b += dr[i] * s;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i * n + j] -= df[i] * df[j] / a + dg[i] * dg[j] / b;
            }
        }
    }
}
