package org.cemt.train;

import org.cemt.gmp.Features;
import org.cemt.refpoint.ReferencePointSet;

/**
 * One training item: a structure's reference points (one sample of an augmented grid, or the spec's set), their raw
 * GMP features λ [point][feature], the reference energy (eV) and forces (eV/Å, flat [3*atom + axis], or null), and
 * what force training needs to map between λ and atom motion. Two ways, chosen by {@link Dataset}:
 * <ul>
 *   <li>CACHED — the total Jacobian J = dλ/dR (points moving with their parents, SPEC.md §8.4) stored dense as
 *       [3N][M·F] (double or float), so Jᵀγ and J·u are small mat-vecs;</li>
 *   <li>RECOMPUTE — the {@link Features} object kept, products recomputed matrix-free each time.</li>
 * </ul>
 * Immutable once built by {@link Dataset}.
 */
public final class Sample {
    final int structure;
    final int[] numbers;
    final ReferencePointSet points;
    final double[] weights;
    final double[] values;
    final double energy;
    final double[] forces;
    final int features;
    /** CACHED: J as [3N][M·F] in one of the two precisions; otherwise null. */
    final double[] jacobian;
    final float[] jacobianFloat;
    /** RECOMPUTE: the matrix-free products; otherwise null. */
    final Features products;

    Sample(int structure, int[] numbers, ReferencePointSet points, double[] values, int features, double energy,
           double[] forces, double[] jacobian, float[] jacobianFloat, Features products) {
        this.structure = structure;
        this.numbers = numbers;
        this.points = points;
        this.weights = points.weights();
        this.values = values;
        this.features = features;
        this.energy = energy;
        this.forces = forces;
        this.jacobian = jacobian;
        this.jacobianFloat = jacobianFloat;
        this.products = products;
    }

    /** Whether the sample holds what forces need (a cached Jacobian or the products); energy-only samples do not. */
    boolean hasDerivatives() {
        return jacobian != null || jacobianFloat != null || products != null;
    }

    /** Index of the structure in the data set. */
    public int structure() {
        return structure;
    }

    public int atoms() {
        return numbers.length;
    }

    public int points() {
        return weights.length;
    }

    /** Bytes held by this sample's arrays (values, weights, forces, cached Jacobian). */
    long bytes() {
        long b = 8L * (values.length + weights.length + numbers.length) + 8L * (forces == null ? 0 : forces.length);
        b += jacobian != null ? 8L * jacobian.length : jacobianFloat != null ? 4L * jacobianFloat.length : 0;
        return b;
    }

    /**
     * dE/dR through the features for γ = dE/dλ [point][feature]: {@code out += Jᵀγ} (points moving with their
     * parents). γ not modified; out (3N) modified and returned.
     */
    double[] pullBack(double[] gamma, int gOff, double[] out) {
        int mf = weights.length * features;
        int n3 = 3 * numbers.length;
        if (jacobian != null || jacobianFloat != null) {
            DenseJacobian.addRowDots(jacobian, jacobianFloat, n3, mf, gamma, gOff, out);
            return out;
        }
        double[] g = java.util.Arrays.copyOfRange(gamma, gOff, gOff + mf);
        products.vjpAtoms(g, out);
        points.chainToAtoms(products.vjpPoints(g, new double[3 * weights.length]), out);
        return out;
    }

    /** The total change of λ for atom displacements u (3N): {@code out[off…] = J·u}, M·F values overwritten. */
    void pushForward(double[] u, double[] out, int off) {
        int mf = weights.length * features;
        int n3 = 3 * numbers.length;
        if (jacobian != null || jacobianFloat != null) {
            DenseJacobian.weightedRows(jacobian, jacobianFloat, n3, mf, u, out, off);
            return;
        }
        double[] t = products.jvp(u, points.pointVelocities(u, new double[3 * weights.length]), new double[mf]);
        System.arraycopy(t, 0, out, off, mf);
    }
}
