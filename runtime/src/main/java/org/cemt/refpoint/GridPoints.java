package org.cemt.refpoint;

import org.cemt.neighbor.Hits;
import org.cemt.neighbor.PointNeighbors;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * The finite-difference grid of CEMT paper S1.1 (Model 1): points X = Σ_k (m_k + t_k)·b_k on three step vectors
 * b_k, kept if some atom image lies closer than the vacuum cut; weight w₀ = |det(b₁, b₂, b₃)| (the voxel volume).
 *
 * <ul>
 * <li>Periodic direction k (lattice vector a_k): n_k = ⌈|a_k|/h⌉, b_k = a_k/n_k, m_k = 0 … n_k − 1, so the grid
 *     tiles the cell exactly and a fully periodic cell has w₀ = V/(n₁n₂n₃) (the paper's "weights depend on the
 *     actual volume of the grid").</li>
 * <li>Non-periodic direction: b_k = h·e_k with e_k a unit vector orthogonal to every periodic vector, m_k all
 *     integers with the plane within the cut of some atom. Molecule: e_k = x̂, ŷ, ẑ, i.e. integer multiples of h
 *     in the lab frame (w₀ = h³). Slab (a₁, a₂ periodic): e₃ = (a₁ × a₂)/|a₁ × a₂|, planes at multiples of h
 *     along that normal through the origin (w₀ = |a₁ × a₂|·h/(n₁n₂)). Wire (only a_p periodic): e = (a_p × x̂_q)
 *     normalised, x̂_q the lab axis least aligned with a_p, and e′ = a_p × e normalised.</li>
 * <li>t_k ∈ [0, 1): the sub-step shift of the whole grid; the augmentation of S1.3.1 uses t_k ∈ {0, ½} (h/2
 *     along x, y, z for molecules, half a step along each lattice vector for cells).</li>
 * <li>Width &gt; 0: smooth weight w = w₀·(1 − Π_atoms (1 − s(d))) with s of {@link Switch} of the distance d to each
 *     atom image: w₀ where an atom is within cut − width, 0 at the cut, continuous with its derivatives. The
 *     points kept are the same as with the hard rule.</li>
 * </ul>
 */
final class GridPoints {
    private GridPoints() {
    }

    static ReferencePointSet build(Structure s, double h, double cut, double width, double[] shift) {
        Cell cell = s.cell();
        double[] steps = steps(cell, h);
        boolean periodicCell = cell.periodic(0) && cell.periodic(1) && cell.periodic(2);
        int[] lo = new int[3];
        int[] hi = new int[3];
        for (int k = 0; k < 3; k++) {
            if (cell.periodic(k)) {
                lo[k] = 0;
                hi[k] = (int) Math.round(norm(steps, k) == 0 ? 0 : cell.length(k) / norm(steps, k)) - 1;
            } else {
                double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < s.size(); j++) {
                    double p = (s.position(j, 0) * steps[3 * k] + s.position(j, 1) * steps[3 * k + 1]
                        + s.position(j, 2) * steps[3 * k + 2]) / h; // R·e_k
                    min = Math.min(min, p);
                    max = Math.max(max, p);
                }
                lo[k] = (int) Math.ceil((min - cut) / h - shift[k]);
                hi[k] = (int) Math.floor((max + cut) / h - shift[k]);
            }
        }
        double w0 = Math.abs(det(steps));
        PointSetBuilder b = new PointSetBuilder(s.size());
        if (s.size() == 0) {
            return b.build();
        }
        PointNeighbors near = new PointNeighbors(s, cut);
        Hits hits = new Hits();
        for (int m0 = lo[0]; m0 <= hi[0]; m0++) {
            for (int m1 = lo[1]; m1 <= hi[1]; m1++) {
                for (int m2 = lo[2]; m2 <= hi[2]; m2++) {
                    double c0 = m0 + shift[0], c1 = m1 + shift[1], c2 = m2 + shift[2];
                    double x = c0 * steps[0] + c1 * steps[3] + c2 * steps[6];
                    double y = c0 * steps[1] + c1 * steps[4] + c2 * steps[7];
                    double z = c0 * steps[2] + c1 * steps[5] + c2 * steps[8];
                    near.collect(x, y, z, hits);
                    if (hits.size() == 0) {
                        continue; // vacuum: no atom within the cut
                    }
                    if (width <= 0) {
                        b.begin(x, y, z, w0, periodicCell);
                    } else {
                        smooth(b, hits, x, y, z, w0, cut, width, periodicCell);
                    }
                }
            }
        }
        return b.build();
    }

    /** w = w₀·(1 − Π_k (1 − s_k)); ∂w/∂R_k = w₀·s′(d_k)·Π_{l≠k}(1 − s_l)·d̂_k. */
    private static void smooth(PointSetBuilder b, Hits hits, double x, double y, double z, double w0, double cut,
                               double width, boolean periodicCell) {
        int n = hits.size();
        double product = 1; // over the non-zero factors
        int zeros = 0;
        for (int k = 0; k < n; k++) {
            double f = 1 - Switch.value(Math.sqrt(hits.d2(k)), cut, width);
            if (f == 0) {
                zeros++;
            } else {
                product *= f;
            }
        }
        double w = zeros > 0 ? w0 : w0 * (1 - product);
        if (!(w > 0)) {
            return;
        }
        b.begin(x, y, z, w, periodicCell);
        if (zeros > 1) {
            return;
        }
        for (int k = 0; k < n; k++) {
            double d = Math.sqrt(hits.d2(k));
            double ds = Switch.derivative(d, cut, width);
            if (ds == 0) {
                continue;
            }
            double f = 1 - Switch.value(d, cut, width);
            double others = zeros == 1 ? (f == 0 ? product : 0) : product / f;
            double g = w0 * ds * others / d;
            if (g != 0) {
                b.weightGradient(hits.atom(k), g * hits.dx(k), g * hits.dy(k), g * hits.dz(k), hits.dx(k),
                    hits.dy(k), hits.dz(k));
            }
        }
    }

    /** The step vectors b_k, flat [3*k + axis], as the class comment defines them. */
    static double[] steps(Cell cell, double h) {
        double[] b = new double[9];
        int periodic = 0;
        for (int k = 0; k < 3; k++) {
            if (cell.periodic(k)) {
                periodic++;
                int n = (int) Math.ceil(cell.length(k) / h - 1e-9);
                for (int a = 0; a < 3; a++) {
                    b[3 * k + a] = cell.vector(k, a) / Math.max(1, n);
                }
            }
        }
        if (periodic == 0) {
            b[0] = b[4] = b[8] = h;
        } else if (periodic == 2) {
            int k = !cell.periodic(0) ? 0 : !cell.periodic(1) ? 1 : 2;
            double[] nrm = unit(cross(row(cell, (k + 1) % 3), row(cell, (k + 2) % 3)));
            set(b, k, nrm, h);
        } else if (periodic == 1) {
            int p = cell.periodic(0) ? 0 : cell.periodic(1) ? 1 : 2;
            double[] a = row(cell, p);
            int q = Math.abs(a[0]) <= Math.abs(a[1]) && Math.abs(a[0]) <= Math.abs(a[2]) ? 0
                : Math.abs(a[1]) <= Math.abs(a[2]) ? 1 : 2;
            double[] lab = new double[3];
            lab[q] = 1;
            double[] e = unit(cross(a, lab));
            double[] f = unit(cross(a, e));
            set(b, (p + 1) % 3, e, h);
            set(b, (p + 2) % 3, f, h);
        }
        return b;
    }

    private static double[] row(Cell c, int k) {
        return new double[] {c.vector(k, 0), c.vector(k, 1), c.vector(k, 2)};
    }

    private static void set(double[] b, int k, double[] v, double h) {
        for (int a = 0; a < 3; a++) {
            b[3 * k + a] = h * v[a];
        }
    }

    private static double norm(double[] b, int k) {
        return Math.sqrt(b[3 * k] * b[3 * k] + b[3 * k + 1] * b[3 * k + 1] + b[3 * k + 2] * b[3 * k + 2]);
    }

    private static double[] cross(double[] a, double[] c) {
        return new double[] {a[1] * c[2] - a[2] * c[1], a[2] * c[0] - a[0] * c[2], a[0] * c[1] - a[1] * c[0]};
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    private static double det(double[] b) {
        return b[0] * (b[4] * b[8] - b[5] * b[7]) - b[1] * (b[3] * b[8] - b[5] * b[6])
            + b[2] * (b[3] * b[7] - b[4] * b[6]);
    }
}
