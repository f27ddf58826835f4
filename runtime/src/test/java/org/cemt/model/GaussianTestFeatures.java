package org.cemt.model;

import org.cemt.gmp.Features;
import org.cemt.gmp.StrainVjp;
import org.cemt.neighbor.PointNeighbors;
import org.cemt.structure.Structure;

/**
 * A small, exactly differentiable stand-in for GMP features, to test the energy assembly on its own:
 * λ_if = Σ_{atom images j within rc} B_j·φ_f(r), φ_f(r) = exp(−α_f r²)·(1 − r²/rc²)³, r = |R_j + L − X_i|, with
 * one density coefficient B_j per atom. It depends on atoms and points only through d = R_j + L − X_i, as GMP does.
 */
final class GaussianTestFeatures implements Features, StrainVjp {
    private final int n, m, f;
    private final double[] alpha;
    private final double rc;
    private final double[] b;
    private final double[] points;
    private final double[] values;
    // per (point, hit): atom, d, r — kept for the products
    private final int[] start;
    private final int[] atom;
    private final double[] d;

    GaussianTestFeatures(Structure s, double[] points, double[] alpha, double rc, double[] b) {
        this.n = s.size();
        this.m = points.length / 3;
        this.f = alpha.length;
        this.alpha = alpha.clone();
        this.rc = rc;
        this.b = b.clone();
        this.points = points.clone();
        this.values = new double[m * f];
        PointNeighbors near = new PointNeighbors(s, rc);
        start = new int[m + 1];
        int[][] atoms = new int[m][];
        double[][] ds = new double[m][];
        for (int i = 0; i < m; i++) {
            var hits = near.collect(points[3 * i], points[3 * i + 1], points[3 * i + 2], new org.cemt.neighbor.Hits());
            atoms[i] = new int[hits.size()];
            ds[i] = new double[3 * hits.size()];
            for (int h = 0; h < hits.size(); h++) {
                atoms[i][h] = hits.atom(h);
                ds[i][3 * h] = hits.dx(h);
                ds[i][3 * h + 1] = hits.dy(h);
                ds[i][3 * h + 2] = hits.dz(h);
            }
            start[i + 1] = start[i] + hits.size();
        }
        atom = new int[start[m]];
        d = new double[3 * start[m]];
        for (int i = 0; i < m; i++) {
            System.arraycopy(atoms[i], 0, atom, start[i], atoms[i].length);
            System.arraycopy(ds[i], 0, d, 3 * start[i], ds[i].length);
            for (int e = start[i]; e < start[i + 1]; e++) {
                double r2 = r2(e);
                for (int k = 0; k < f; k++) {
                    values[i * f + k] += b[atom[e]] * phi(k, r2);
                }
            }
        }
    }

    private double r2(int e) {
        return d[3 * e] * d[3 * e] + d[3 * e + 1] * d[3 * e + 1] + d[3 * e + 2] * d[3 * e + 2];
    }

    private double phi(int k, double r2) {
        double c = 1 - r2 / (rc * rc);
        return Math.exp(-alpha[k] * r2) * c * c * c;
    }

    /** dφ/d(r²). */
    private double dphi(int k, double r2) {
        double c = 1 - r2 / (rc * rc), ex = Math.exp(-alpha[k] * r2);
        return ex * (-alpha[k] * c * c * c - 3 * c * c / (rc * rc));
    }

    /** s_e = Σ_k g_ik B_j dφ/d(r²)·2, so that ∂(gᵀλ)/∂d = s_e·d. */
    private double scale(double[] g, int i, int e) {
        double r2 = r2(e), s = 0;
        for (int k = 0; k < f; k++) {
            s += g[i * f + k] * dphi(k, r2);
        }
        return 2 * b[atom[e]] * s;
    }

    @Override
    public int points() {
        return m;
    }

    @Override
    public int features() {
        return f;
    }

    @Override
    public int atoms() {
        return n;
    }

    @Override
    public double value(int point, int feature) {
        return values[point * f + feature];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] pointPositions() {
        return points.clone();
    }

    @Override
    public double[] vjpAtoms(double[] g, double[] out) {
        for (int i = 0; i < m; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                double s = scale(g, i, e);
                for (int a = 0; a < 3; a++) {
                    out[3 * atom[e] + a] += s * d[3 * e + a];
                }
            }
        }
        return out;
    }

    @Override
    public double[] vjpPoints(double[] g, double[] out) {
        for (int i = 0; i < m; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                double s = scale(g, i, e);
                for (int a = 0; a < 3; a++) {
                    out[3 * i + a] -= s * d[3 * e + a];
                }
            }
        }
        return out;
    }

    @Override
    public double[] jvp(double[] v, double[] u, double[] out) {
        java.util.Arrays.fill(out, 0, m * f, 0);
        for (int i = 0; i < m; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                double dot = 0;
                for (int a = 0; a < 3; a++) {
                    dot += d[3 * e + a] * (v[3 * atom[e] + a] - (u == null ? 0 : u[3 * i + a]));
                }
                double r2 = r2(e);
                for (int k = 0; k < f; k++) {
                    out[i * f + k] += 2 * b[atom[e]] * dphi(k, r2) * dot;
                }
            }
        }
        return out;
    }

    @Override
    public double[] vjpCoefficients(double[] grad, double[] out) {
        for (int i = 0; i < m; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                double r2 = r2(e);
                for (int k = 0; k < f; k++) {
                    out[atom[e]] += grad[i * f + k] * phi(k, r2);
                }
            }
        }
        return out;
    }

    @Override
    public int coefficientCount() {
        return n;
    }

    @Override
    public int coefficientOffset(int a) {
        return a;
    }

    @Override
    public double[] vjpStrain(double[] g, double[] out) {
        for (int i = 0; i < m; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                double s = scale(g, i, e);
                for (int a = 0; a < 3; a++) {
                    for (int c = 0; c < 3; c++) {
                        out[3 * a + c] += s * d[3 * e + a] * d[3 * e + c];
                    }
                }
            }
        }
        return out;
    }
}
