package org.cemt.refpoint;

import java.util.Arrays;

/**
 * The reference points of one structure (CEMT paper Eq. 2): positions X_i (Å, flat [3*i + axis]), weights w_i,
 * and how both move with the N atoms. Immutable; arrays are copied in and out.
 *
 * <p>Motion: X_i = Σ_k c_ik·R[parent(i,k)] + o_i, with a constant offset o_i (a lattice shift of an image, the
 * offset of a custom point from its atom). Atom points have one parent (c = 1), bond centres two (c = ½), grid
 * and fixed custom points none. Weights are constants times an optional smooth switch of interatomic or
 * point–atom distances (bond length, distance of a grid point to nearby atoms); the derivative of w_i is stored
 * sparsely as entries (atom, ∂w_i/∂R_atom, lever), lever being the atom image's position relative to the point,
 * so that a homogeneous strain ε changes w_i by Σ_entries ∂w_a·lever_b·ε_ab. This class holds the chain rule for
 * both, once (STYLE.md "Derivatives beside values"; GMP SPEC.md §8.4).
 *
 * <p>Strain (periodic cells): under a homogeneous strain ε of atoms and cell a point moves as
 * X_i → (I+ε)(X_i − c_i) + c_i, where c_i is the part of its position that does not strain: 0 for atom, bond and
 * grid points (they strain with their atoms, image shifts or fractional coordinates), X_i for a custom point fixed
 * in space, the offset for a custom point attached to its atom (it sits at the strained atom plus the offset).
 * {@link #chainToStrain} and {@link #weightStrain} hold that chain rule. Points marked {@link #scalesWithVolume}
 * (periodic grids, w = V/(n₁n₂n₃)) have weights proportional to the cell volume.
 */
public final class ReferencePointSet {
    private final int atoms;
    private final double[] points;
    private final double[] weights;
    private final int[] parentStart; // CSR [M+1]
    private final int[] parents;
    private final double[] coefficients;
    private final int[] gradStart; // CSR [M+1] over weight-derivative entries
    private final int[] gradAtom;
    private final double[] grad; // ∂w_i/∂R_atom, [3*entry + axis]
    private final double[] lever; // atom image − point, Å, [3*entry + axis]
    private final boolean[] volumeScaled;
    private final double[] unstrained; // c_i, Å, [3*i + axis]; null when every point strains (c = 0)

    ReferencePointSet(int atoms, double[] points, double[] weights, int[] parentStart, int[] parents,
                      double[] coefficients, int[] gradStart, int[] gradAtom, double[] grad, double[] lever,
                      boolean[] volumeScaled, double[] unstrained) {
        this.atoms = atoms;
        this.points = points;
        this.weights = weights;
        this.parentStart = parentStart;
        this.parents = parents;
        this.coefficients = coefficients;
        this.gradStart = gradStart;
        this.gradAtom = gradAtom;
        this.grad = grad;
        this.lever = lever;
        this.volumeScaled = volumeScaled;
        this.unstrained = unstrained;
    }

    /** Number of points M. */
    public int size() {
        return weights.length;
    }

    /** Number of atoms N of the structure the points were made for. */
    public int atoms() {
        return atoms;
    }

    public double point(int i, int axis) {
        return points[3 * i + axis];
    }

    /** Positions, Å, flat [3*i + axis], a copy. */
    public double[] points() {
        return points.clone();
    }

    /** Weight w_i (Å³ for grid points, 1 for atom and bond points, times any union factor). */
    public double weight(int i) {
        return weights[i];
    }

    /** Weights, a copy, length M. */
    public double[] weights() {
        return weights.clone();
    }

    /** Σ_i w_i. */
    public double totalWeight() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    /** Number of parent atoms of point i (0 for a point fixed in space). */
    public int parentCount(int i) {
        return parentStart[i + 1] - parentStart[i];
    }

    /** The k-th parent atom of point i. */
    public int parent(int i, int k) {
        return parents[parentStart[i] + k];
    }

    /** c_ik: ∂X_i/∂R[parent(i,k)] = c_ik·I. */
    public double coefficient(int i, int k) {
        return coefficients[parentStart[i] + k];
    }

    /** True if some weight depends on the atom positions (a smooth variant). */
    public boolean hasWeightDerivatives() {
        return gradAtom.length > 0;
    }

    /** True if w_i is proportional to the cell volume (periodic grid points). */
    public boolean scalesWithVolume(int i) {
        return volumeScaled[i];
    }

    /** True if some point has a part c_i ≠ 0 that a strain leaves in place (custom points; class comment). */
    public boolean hasUnstrainedParts() {
        return unstrained != null;
    }

    /** c_i along axis, Å: the part of X_i a homogeneous strain leaves in place (class comment). */
    public double unstrained(int i, int axis) {
        return unstrained == null ? 0 : unstrained[3 * i + axis];
    }

    /**
     * Chain rule through the points' motion under strain, beyond the affine X → (I+ε)X that a feature strain
     * product ({@code org.cemt.gmp.StrainVjp}) assumes: X_i moves by −ε·c_i less, so
     * {@code out[3a+b] −= Σ_i gPoints[3i+a]·c_ib}, gPoints being ∂E/∂X (eV/Å). Nothing for sets without
     * unstrained parts. gPoints (length 3M) not modified; out (length 9, row-major) modified and returned.
     */
    public double[] chainToStrain(double[] gPoints, double[] out) {
        if (unstrained == null) {
            return out;
        }
        for (int i = 0; i < weights.length; i++) {
            for (int a = 0; a < 3; a++) {
                double g = gPoints[3 * i + a];
                out[3 * a] -= g * unstrained[3 * i];
                out[3 * a + 1] -= g * unstrained[3 * i + 1];
                out[3 * a + 2] -= g * unstrained[3 * i + 2];
            }
        }
        return out;
    }

    /**
     * Chain rule through the points' motion: {@code outAtoms[3j+a] += Σ_i gPoints[3i+a]·∂X_ia/∂R_ja}, i.e. each
     * parent receives c_ik times its point's gradient. gPoints (length 3M) not modified; outAtoms (length 3N)
     * modified and returned.
     */
    public double[] chainToAtoms(double[] gPoints, double[] outAtoms) {
        for (int i = 0; i < weights.length; i++) {
            for (int e = parentStart[i]; e < parentStart[i + 1]; e++) {
                int j = parents[e];
                double c = coefficients[e];
                outAtoms[3 * j] += c * gPoints[3 * i];
                outAtoms[3 * j + 1] += c * gPoints[3 * i + 1];
                outAtoms[3 * j + 2] += c * gPoints[3 * i + 2];
            }
        }
        return outAtoms;
    }

    /**
     * The points' velocities for atom velocities v (the JVP side of {@link #chainToAtoms}): {@code u_i = Σ_k c_ik
     * v[parent(i,k)]}. vAtoms (length 3N) not modified; outPoints (length 3M) overwritten and returned.
     */
    public double[] pointVelocities(double[] vAtoms, double[] outPoints) {
        for (int i = 0; i < weights.length; i++) {
            double x = 0, y = 0, z = 0;
            for (int e = parentStart[i]; e < parentStart[i + 1]; e++) {
                int j = parents[e];
                double c = coefficients[e];
                x += c * vAtoms[3 * j];
                y += c * vAtoms[3 * j + 1];
                z += c * vAtoms[3 * j + 2];
            }
            outPoints[3 * i] = x;
            outPoints[3 * i + 1] = y;
            outPoints[3 * i + 2] = z;
        }
        return outPoints;
    }

    /**
     * Chain rule through the weights: {@code outAtoms += Σ_i perPointValue[i]·∂w_i/∂R}. Zero for hard sets.
     * perPointValue (length M) not modified; outAtoms (length 3N) modified and returned.
     */
    public double[] weightGradient(double[] perPointValue, double[] outAtoms) {
        for (int i = 0; i < weights.length; i++) {
            double v = perPointValue[i];
            if (v == 0) {
                continue;
            }
            for (int e = gradStart[i]; e < gradStart[i + 1]; e++) {
                int j = gradAtom[e];
                outAtoms[3 * j] += v * grad[3 * e];
                outAtoms[3 * j + 1] += v * grad[3 * e + 1];
                outAtoms[3 * j + 2] += v * grad[3 * e + 2];
            }
        }
        return outAtoms;
    }

    /** JVP of the weights: {@code out[i] = Σ_j ∂w_i/∂R_j·v_j}. out (length M) overwritten and returned. */
    public double[] weightVelocities(double[] vAtoms, double[] out) {
        for (int i = 0; i < weights.length; i++) {
            double s = 0;
            for (int e = gradStart[i]; e < gradStart[i + 1]; e++) {
                int j = gradAtom[e];
                s += grad[3 * e] * vAtoms[3 * j] + grad[3 * e + 1] * vAtoms[3 * j + 1]
                    + grad[3 * e + 2] * vAtoms[3 * j + 2];
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * Strain derivative of Σ_i value_i·w_i under a homogeneous strain ε of atoms and cell, the points moving as in
     * the class comment: {@code out[3a+b] += Σ_i value_i·∂w_i/∂ε_ab}, each entry adding ∂w_a·(lever + c_i)_b
     * (the atom image's displacement from the point, atom − X, strains to (I+ε)·lever + ε·c_i); volume-scaled
     * weights add value_i·w_i·δ_ab. perPointValue (length M) not modified; out (length 9, row-major) modified and
     * returned.
     */
    public double[] weightStrain(double[] perPointValue, double[] out) {
        for (int i = 0; i < weights.length; i++) {
            double v = perPointValue[i];
            if (v == 0) {
                continue;
            }
            if (volumeScaled[i]) {
                double d = v * weights[i];
                out[0] += d;
                out[4] += d;
                out[8] += d;
            }
            for (int e = gradStart[i]; e < gradStart[i + 1]; e++) {
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        out[3 * a + b] += v * grad[3 * e + a] * (lever[3 * e + b] + unstrained(i, b));
                    }
                }
            }
        }
        return out;
    }

    /** The same points with every weight (and weight derivative) times {@code factor}. */
    public ReferencePointSet scaled(double factor) {
        double[] w = weights.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] *= factor;
        }
        double[] g = grad.clone();
        for (int i = 0; i < g.length; i++) {
            g[i] *= factor;
        }
        return new ReferencePointSet(atoms, points, w, parentStart, parents, coefficients, gradStart, gradAtom, g,
            lever, volumeScaled, unstrained);
    }

    /** The points of all parts, in order (a union; weights as the parts have them). */
    public static ReferencePointSet concat(ReferencePointSet... parts) {
        PointSetBuilder b = new PointSetBuilder(parts.length == 0 ? 0 : parts[0].atoms);
        for (ReferencePointSet p : parts) {
            if (p.atoms != b.atoms()) {
                throw new IllegalArgumentException("union of point sets of different structures: " + p.atoms
                    + " vs " + b.atoms() + " atoms");
            }
            for (int i = 0; i < p.size(); i++) {
                b.begin(p.points[3 * i], p.points[3 * i + 1], p.points[3 * i + 2], p.weights[i], p.volumeScaled[i]);
                if (p.unstrained != null) {
                    b.unstrained(p.unstrained[3 * i], p.unstrained[3 * i + 1], p.unstrained[3 * i + 2]);
                }
                for (int e = p.parentStart[i]; e < p.parentStart[i + 1]; e++) {
                    b.parent(p.parents[e], p.coefficients[e]);
                }
                for (int e = p.gradStart[i]; e < p.gradStart[i + 1]; e++) {
                    b.weightGradient(p.gradAtom[e], p.grad[3 * e], p.grad[3 * e + 1], p.grad[3 * e + 2],
                        p.lever[3 * e], p.lever[3 * e + 1], p.lever[3 * e + 2]);
                }
            }
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferencePointSet r && r.atoms == atoms && Arrays.equals(r.points, points)
            && Arrays.equals(r.weights, weights) && Arrays.equals(r.parentStart, parentStart)
            && Arrays.equals(r.parents, parents) && Arrays.equals(r.coefficients, coefficients)
            && Arrays.equals(r.gradStart, gradStart) && Arrays.equals(r.gradAtom, gradAtom)
            && Arrays.equals(r.grad, grad) && Arrays.equals(r.lever, lever)
            && Arrays.equals(r.volumeScaled, volumeScaled) && Arrays.equals(r.unstrained, unstrained);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(points) * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "ReferencePointSet(" + size() + " points, " + atoms + " atoms, total weight " + totalWeight() + ")";
    }
}
