package org.cemt.train;

import org.cemt.core.ComputationException;
import org.cemt.core.InputException;

/**
 * Limited-memory BFGS (Nocedal &amp; Wright, Algorithm 7.4/7.5) on a flat parameter vector, for full-batch training
 * of small sets. The search direction is the two-loop recursion over the last m pairs (s, y) with the initial
 * Hessian scaled by sᵀy/yᵀy; the step satisfies the Armijo condition f(x + αd) ≤ f(x) + 10⁻⁴α∇f·d by
 * backtracking from α = 1 (halving); pairs with sᵀy ≤ 0 are skipped so the inverse Hessian stays positive definite.
 */
public final class Lbfgs {
    /** f and its gradient. */
    public interface Objective {
        /** Returns f(x) and writes ∇f(x) into gradient (overwritten). x not modified. */
        double evaluate(double[] x, double[] gradient);
    }

    /** Where a run ended: the point, its value and gradient norm, the iterations, whether ‖∇f‖∞ ≤ tolerance. */
    public record Result(double[] x, double value, double gradientNorm, int iterations, boolean converged) {
    }

    private Lbfgs() {
    }

    /**
     * Minimises f from x0 (not modified).
     *
     * @param history number of stored pairs m (≥ 1; 10 is usual)
     * @param maxIterations iteration limit (≥ 1)
     * @param tolerance stop when the largest gradient component is at most this
     * @throws ComputationException if f or its gradient becomes non-finite
     */
    public static Result minimize(Objective f, double[] x0, int history, int maxIterations, double tolerance) {
        if (history < 1) {
            throw InputException.of("lbfgs", "history", "at least 1", history);
        }
        if (maxIterations < 1) {
            throw InputException.of("lbfgs", "max iterations", "at least 1", maxIterations);
        }
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        double fx = check(f.evaluate(x, g), g, 0);
        double[][] s = new double[history][];
        double[][] y = new double[history][];
        double[] rho = new double[history];
        int stored = 0;
        int newest = -1;
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            if (normInf(g) <= tolerance) {
                return new Result(x, fx, normInf(g), it, true);
            }
            double[] d = direction(g, s, y, rho, stored, newest, history);
            double slope = dot(g, d);
            if (slope >= 0) {
                // not a descent direction (numerical trouble): restart from steepest descent
                stored = 0;
                d = g.clone();
                scale(d, -1);
                slope = dot(g, d);
            }
            double alpha = stored == 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
            double fNew;
            int tries = 0;
            while (true) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + alpha * d[i];
                }
                fNew = f.evaluate(xNew, gNew);
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * alpha * slope) {
                    break;
                }
                alpha *= 0.5;
                if (++tries > 60) {
                    return new Result(x, fx, normInf(g), it, false);
                }
            }
            check(fNew, gNew, it + 1);
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int i = 0; i < n; i++) {
                sk[i] = xNew[i] - x[i];
                yk[i] = gNew[i] - g[i];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-12 * Math.sqrt(dot(sk, sk) * dot(yk, yk))) {
                newest = (newest + 1) % history;
                s[newest] = sk;
                y[newest] = yk;
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, history);
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
        }
        return new Result(x, fx, normInf(g), maxIterations, normInf(g) <= tolerance);
    }

    /** Two-loop recursion: d = −H·g. */
    private static double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored, int newest,
                                      int history) {
        double[] q = g.clone();
        double[] a = new double[history];
        for (int k = 0; k < stored; k++) {
            int i = Math.floorMod(newest - k, history);
            a[i] = rho[i] * dot(s[i], q);
            axpy(-a[i], y[i], q);
        }
        if (stored > 0) {
            scale(q, 1 / (rho[newest] * dot(y[newest], y[newest])));
        }
        for (int k = stored - 1; k >= 0; k--) {
            int i = Math.floorMod(newest - k, history);
            double b = rho[i] * dot(y[i], q);
            axpy(a[i] - b, s[i], q);
        }
        scale(q, -1);
        return q;
    }

    private static double check(double f, double[] g, int iteration) {
        if (!Double.isFinite(f) || !Double.isFinite(dot(g, g))) {
            throw new ComputationException("lbfgs: iteration " + iteration + ": non-finite objective " + f
                + " or gradient");
        }
        return f;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double a) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    private static double normInf(double[] g) {
        double m = 0;
        for (double v : g) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
