package org.cemt.gmp;

/**
 * Optional companion of {@link Features} for stress: the vector–Jacobian product with respect to a homogeneous
 * strain ε that maps every atom, periodic image and reference point x → (I + ε)·x. Since λ depends on the atoms
 * and a point only through d = R_j + L − X_i, this is {@code out[3a+b] += Σ_{i,f} g[i*F+f] Σ_entries
 * ∂λ_if/∂d_a · d_b} (per image, which {@link Features#vjpAtoms} sums away). g not modified; out (length 9,
 * row-major) modified and returned. The energy assembly ({@code org.cemt.model.CemtEnergy}) gives stress only for
 * features that implement this, and adds the chain through points that do not strain affinely (custom points,
 * {@code org.cemt.refpoint.ReferencePointSet#chainToStrain}).
 */
public interface StrainVjp {
    double[] vjpStrain(double[] g, double[] out);
}
