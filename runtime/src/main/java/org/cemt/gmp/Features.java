package org.cemt.gmp;

/**
 * GMP feature values λ at M points (F features each, layout [point][feature], flat {@code point*F + feature}) of
 * one structure of N atoms, with matrix-free derivative products. Atoms are flat {@code 3*atom + axis}. Nothing
 * here stores a points × features × atoms Jacobian: the products recompute what they need from the structure and
 * cached per-point moments (STYLE.md "Derivatives beside values").
 *
 * <p>Partial derivatives are taken with the points held fixed ({@code Atoms}) or the atoms held fixed
 * ({@code Points}). For points that move with atoms, X_i = Σ_j c_ij R_j, the total derivative is
 * ∂λ/∂R_j + c_ij ∂λ/∂X_i (SPEC.md §8.4); that chain rule lives in {@code org.cemt.refpoint}.
 */
public interface Features {
    /** Number of points M. */
    int points();

    /** Number of features F per point. */
    int features();

    /** Number of atoms N of the structure. */
    int atoms();

    /** λ of one point and feature. */
    double value(int point, int feature);

    /** All values, a copy, flat [point*F + feature]. */
    double[] values();

    /** Positions of the points, Å, a copy, flat [3*point + axis]. */
    double[] pointPositions();

    /**
     * Vector–Jacobian product w.r.t. atom positions, points fixed: {@code out[3j+a] += Σ_{i,f} g[i*F+f]
     * ∂λ_if/∂R_ja}. g (length M·F) not modified; out (length 3N) modified and returned.
     */
    double[] vjpAtoms(double[] g, double[] out);

    /**
     * Vector–Jacobian product w.r.t. the points' positions, atoms fixed: {@code out[3i+a] += Σ_f g[i*F+f]
     * ∂λ_if/∂X_ia}. g not modified; out (length 3M) modified and returned.
     */
    double[] vjpPoints(double[] g, double[] out);

    /**
     * Jacobian–vector product, atoms displaced by v (length 3N) and points displaced by u (length 3M, or null for
     * fixed points): {@code out[i*F+f] = Σ_j ∂λ_if/∂R_j·v_j + ∂λ_if/∂X_i·u_i}. out (length M·F) overwritten and
     * returned.
     */
    double[] jvp(double[] v, double[] u, double[] out);

    /**
     * Vector–Jacobian product w.r.t. the density coefficients B of every atom's Gaussians (CEMT paper Eq. 12):
     * {@code out[coefficientOffset(j) + g] += Σ_{i,f} grad[i*F+f] ∂λ_if/∂B_{j,g}}. out has length
     * {@link #coefficientCount()}; modified and returned.
     */
    double[] vjpCoefficients(double[] grad, double[] out);

    /** Total number of density coefficients over all atoms (Σ_j Gaussians of element of j). */
    int coefficientCount();

    /** Offset of atom j's coefficients in {@link #vjpCoefficients} output. */
    int coefficientOffset(int atom);
}
