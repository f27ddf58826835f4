package org.cemt.md;

/** Cyclic Jacobi rotations for a symmetric 3×3 matrix: enough for an inertia tensor. */
final class SymmetricEigen {
    private SymmetricEigen() {
    }

    /**
     * x = A⁺·b for symmetric A (row-major, 9 values): solved in A's eigenbasis, dropping eigenvalues below 1e-10
     * of the largest (ASE's ZeroRotation likewise skips zero principal moments).
     */
    static double[] pseudoSolve(double[] a, double[] b) {
        double[] m = a.clone();
        double[] q = {1, 0, 0, 0, 1, 0, 0, 0, 1}; // columns: eigenvectors
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = m[1] * m[1] + m[2] * m[2] + m[5] * m[5];
            if (off < 1e-30 * (m[0] * m[0] + m[4] * m[4] + m[8] * m[8]) || off == 0) {
                break;
            }
            for (int p = 0; p < 2; p++) {
                for (int r = p + 1; r < 3; r++) {
                    rotate(m, q, p, r);
                }
            }
        }
        double max = Math.max(Math.abs(m[0]), Math.max(Math.abs(m[4]), Math.abs(m[8])));
        double[] x = new double[3];
        for (int k = 0; k < 3; k++) {
            double lambda = m[4 * k];
            if (Math.abs(lambda) <= 1e-10 * max) {
                continue;
            }
            double proj = (q[k] * b[0] + q[3 + k] * b[1] + q[6 + k] * b[2]) / lambda;
            for (int a2 = 0; a2 < 3; a2++) {
                x[a2] += proj * q[3 * a2 + k];
            }
        }
        return x;
    }

    /** One Jacobi rotation zeroing m[p][r]; q accumulates the rotations. */
    private static void rotate(double[] m, double[] q, int p, int r) {
        double apr = m[3 * p + r];
        if (apr == 0) {
            return;
        }
        double theta = (m[3 * r + r] - m[3 * p + p]) / (2 * apr);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (int k = 0; k < 3; k++) { // columns p, r of m·J
            double mkp = m[3 * k + p], mkr = m[3 * k + r];
            m[3 * k + p] = c * mkp - s * mkr;
            m[3 * k + r] = s * mkp + c * mkr;
        }
        for (int k = 0; k < 3; k++) { // rows p, r of Jᵀ·m
            double mpk = m[3 * p + k], mrk = m[3 * r + k];
            m[3 * p + k] = c * mpk - s * mrk;
            m[3 * r + k] = s * mpk + c * mrk;
        }
        for (int k = 0; k < 3; k++) {
            double qkp = q[3 * k + p], qkr = q[3 * k + r];
            q[3 * k + p] = c * qkp - s * qkr;
            q[3 * k + r] = s * qkp + c * qkr;
        }
    }
}
