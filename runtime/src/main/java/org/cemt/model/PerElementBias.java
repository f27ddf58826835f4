package org.cemt.model;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * The per-element linear bias of GMP/SNN models (paper 001, §2.3.1): E_s ≈ Σ_e n_{s,e}·b_e, the counts n_{s,e} of
 * element e in structure s the independent variables, the energies the dependent one. The network is then fitted to
 * E − Σ b; a model's energy is its network energy plus the biases of its atoms. Immutable.
 *
 * <p>Solved by a one-sided Jacobi SVD of the count matrix (no normal equations, so no squared condition number),
 * giving the minimum-norm least-squares solution. When the compositions do not determine every bias — every
 * aspirin frame is C9H8O4 — the rank is below the number of elements, {@link #unique()} is false and the biases are
 * the minimum-norm ones, which still reproduce the best fit of the energies. An element never seen in the fit has
 * no bias: asking for it is an error.
 */
public final class PerElementBias {
    private static final double RANK_TOLERANCE = 1e-10;
    private final int[] elements;
    private final double[] biases;
    private final int rank;

    private PerElementBias(int[] elements, double[] biases, int rank) {
        this.elements = elements;
        this.biases = biases;
        this.rank = rank;
    }

    /** Fit from structures carrying energies (eV). */
    public static PerElementBias fit(List<Structure> structures) {
        int[][] numbers = new int[structures.size()][];
        double[] energies = new double[structures.size()];
        for (int s = 0; s < numbers.length; s++) {
            Structure st = structures.get(s);
            if (!st.hasEnergy()) {
                throw InputException.of("per-element bias: structure " + s, "energy", "an energy", "none");
            }
            numbers[s] = st.numbers();
            energies[s] = st.energy();
        }
        return fit(numbers, energies);
    }

    /**
     * Fit from each structure's atomic numbers and its energy (eV).
     *
     * @param numbers [structure][atom] atomic numbers
     * @param energies [structure], eV
     */
    public static PerElementBias fit(int[][] numbers, double[] energies) {
        if (numbers.length == 0 || numbers.length != energies.length) {
            throw InputException.of("per-element bias", "structures", "as many energies as structures, at least 1",
                numbers.length + " structures, " + energies.length + " energies");
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (int[] z : numbers) {
            for (int v : z) {
                set.add(v);
            }
        }
        int[] elements = set.stream().mapToInt(Integer::intValue).toArray();
        int rows = numbers.length;
        int cols = elements.length;
        double[][] a = new double[cols][rows];
        for (int s = 0; s < rows; s++) {
            if (!Double.isFinite(energies[s])) {
                throw InputException.of("per-element bias: structure " + s, "energy", "a finite number",
                    energies[s]);
            }
            for (int z : numbers[s]) {
                a[Arrays.binarySearch(elements, z)][s] += 1;
            }
        }
        double[][] v = new double[cols][cols]; // v[j] is column j of V
        for (int i = 0; i < cols; i++) {
            v[i][i] = 1;
        }
        jacobiSweeps(a, v);
        double max = 0;
        double[] sigma = new double[cols];
        for (int j = 0; j < cols; j++) {
            sigma[j] = Math.sqrt(dot(a[j], a[j]));
            max = Math.max(max, sigma[j]);
        }
        // x = V Σ⁺ Uᵀ E with U_j = a_j/σ_j, so Σ⁺Uᵀ E = (a_j·E)/σ_j²
        double[] b = new double[cols];
        int rank = 0;
        for (int j = 0; j < cols; j++) {
            if (sigma[j] > RANK_TOLERANCE * max) {
                rank++;
                double coef = dot(a[j], energies) / (sigma[j] * sigma[j]);
                for (int i = 0; i < cols; i++) {
                    b[i] += v[j][i] * coef;
                }
            }
        }
        return new PerElementBias(elements, b, rank);
    }

    /** Atomic numbers with a bias, ascending, a copy. */
    public int[] elements() {
        return elements.clone();
    }

    /** Biases in the order of {@link #elements()}, eV per atom, a copy. */
    public double[] biases() {
        return biases.clone();
    }

    /** Rank of the count matrix; equals the number of elements when the biases are determined. */
    public int rank() {
        return rank;
    }

    /** Whether the compositions determine every bias (full column rank). */
    public boolean unique() {
        return rank == elements.length;
    }

    /** Bias of one element, eV. */
    public double bias(int z) {
        int i = Arrays.binarySearch(elements, z);
        if (i < 0) {
            throw InputException.of("per-element bias", "element " + symbol(z),
                "one of the fitted elements " + symbols(), "one absent from the fit");
        }
        return biases[i];
    }

    /** Σ over atoms of their element's bias, eV. */
    public double energy(int[] numbers) {
        double s = 0;
        for (int z : numbers) {
            s += bias(z);
        }
        return s;
    }

    private String symbols() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < elements.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(symbol(elements[i]));
        }
        return sb.append(']').toString();
    }

    private static String symbol(int z) {
        return z >= 1 && z <= Element.MAX_Z ? Element.symbol(z) : "Z=" + z;
    }

    /** One-sided Jacobi: rotates column pairs of a (columns a[j]) until orthogonal, accumulating V. */
    private static void jacobiSweeps(double[][] a, double[][] v) {
        int n = a.length;
        for (int sweep = 0; sweep < 60; sweep++) {
            double off = 0;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double alpha = dot(a[p], a[p]);
                    double beta = dot(a[q], a[q]);
                    double gamma = dot(a[p], a[q]);
                    if (gamma == 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    off = Math.max(off, Math.abs(gamma) / Math.sqrt(alpha * beta));
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta == 0 ? 1 : zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    rotate(a[p], a[q], c, s);
                    rotate(v[p], v[q], c, s);
                }
            }
            if (off < 1e-15) {
                return;
            }
        }
    }

    /** Rotates two columns (each stored as an array): (x, y) ← (c·x − s·y, s·x + c·y). */
    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            double yi = y[i];
            x[i] = c * xi - s * yi;
            y[i] = s * xi + c * yi;
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
