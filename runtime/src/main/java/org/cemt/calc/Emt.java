package org.cemt.calc;

import org.cemt.core.InputException;
import org.cemt.neighbor.NeighborList;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * The effective-medium theory potential of Jacobsen, Stoltze and Nørskov (Surf. Sci. 366, 394 (1996)) exactly as
 * ASE's {@code ase/calculators/emt.py} (3.22) implements it, with its default {@code asap_cutoff=False}: Ni, Cu, Pd,
 * Ag, Pt, Au, Al and ASE's H, C, N, O; molecules, slabs and periodic cells of any shape.
 *
 * <p>Each atom i sits in a neutral sphere whose radius s_i follows from the neighbour density
 * σ₁,i = Σ_j χ_ij·θ(r_ij)·exp(−η₂,j(r_ij − βs₀,j))/γ₁,i, χ_ij = n₀,j/n₀,i: s_i − s₀,i = −ln(σ₁,i/12)/(βη₂,i).
 * The cohesive function E_c(s) = E₀((1 + λΔs)e^(−λΔs) − 1) + 6V₀e^(−κΔs) gives each atom's energy, minus the
 * pair correction ½ Σ_j V₀,i·χ_ij·θ(r_ij)·exp(−κ_j(r_ij/β − s₀,j))/γ₂,i (paper Eq. 10–13 in ASE's form). An atom with
 * no neighbours has energy −E₀, so the energy is measured from the perfect crystals. θ(r) = 1/(1 + e^(a(r − r_c)))
 * is ASE's smooth Fermi cutoff at r_c = ½(√3 + 2)·βs₀,max between the third and fourth fcc shell of the largest
 * atom of the table, with a = ln(9999)/(r_r − r_c); pairs count out to r_c + 0.5 Å.
 *
 * <p>Forces are the exact negative gradient; stress (fully periodic cells only) is (1/V)·Σ_pairs sym(∂E/∂d ⊗ d),
 * ASE's sign. Stateless and thread-safe.
 */
public final class Emt implements Calculator {
    private final double rc;
    private final double acut;
    private final double rcList;
    private final EmtParameters[] par;

    public Emt() {
        double maxS0 = EmtParameters.MAX_S0;
        double beta = EmtParameters.BETA;
        rc = beta * maxS0 * 0.5 * (Math.sqrt(3) + Math.sqrt(4));
        double rr = rc * 2 * Math.sqrt(4) / (Math.sqrt(3) + Math.sqrt(4));
        acut = Math.log(9999.0) / (rr - rc);
        rcList = rc + 0.5;
        par = EmtParameters.byNumber(rc, acut);
    }

    /** The distance (Å) beyond which atoms do not interact: the neighbour-list cutoff r_c + 0.5 Å. */
    public double cutoff() {
        return rcList;
    }

    /** True if EMT has parameters for atomic number z. */
    public boolean supports(int z) {
        return z >= 0 && z < par.length && par[z] != null;
    }

    @Override
    public Calculation calculate(Structure s) {
        int n = s.size();
        EmtParameters[] p = new EmtParameters[n];
        for (int i = 0; i < n; i++) {
            if (!supports(s.number(i))) {
                throw InputException.of("EMT", "atom " + i, "one of " + EmtParameters.SYMBOLS, s.symbol(i));
            }
            p[i] = par[s.number(i)];
        }
        Pairs pairs = Pairs.of(s, rcList);
        int m = pairs.count;
        double beta = EmtParameters.BETA;
        double[] sigma1 = new double[n];
        double[] forces = new double[3 * n];
        double[] w = new double[9]; // Σ ∂E/∂d ⊗ d
        // per pair, kept for the embedding pass: density terms of i from j and of j from i, and dθ/θ
        double[] sij = new double[m], sji = new double[m], dlog = new double[m];
        double energy = 0;
        for (int k = 0; k < m; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            EmtParameters pi = p[i], pj = p[j];
            double r = pairs.r[k];
            double x = Math.exp(acut * (r - rc));
            double theta = 1.0 / (1.0 + x);
            double chi = pj.n0 / pi.n0;
            double ej = Math.exp(-pj.eta2 * (r - beta * pj.s0));
            double kj = Math.exp(-pj.kappa * (r / beta - pj.s0));
            double ei = ej, ki = kj;
            if (pi != pj) {
                ei = Math.exp(-pi.eta2 * (r - beta * pi.s0));
                ki = Math.exp(-pi.kappa * (r / beta - pi.s0));
            }
            double y1 = 0.5 * pi.v0 * kj * chi / pi.gamma2 * theta;
            double y2 = 0.5 * pj.v0 * ki / chi / pj.gamma2 * theta;
            energy -= y1 + y2;
            dlog[k] = acut * theta * x;
            double g = ((y1 * pj.kappa + y2 * pi.kappa) / beta + (y1 + y2) * dlog[k]) / r; // ∂E/∂r / r
            pairForce(pairs, k, g, forces, w);
            sij[k] = ej * chi * theta / pi.gamma1;
            sji[k] = ei / chi * theta / pj.gamma1;
            sigma1[i] += sij[k];
            sigma1[j] += sji[k];
        }
        double[] deds = new double[n];
        for (int a = 0; a < n; a++) {
            EmtParameters pa = p[a];
            if (sigma1[a] == 0) { // no neighbour: ASE's log(0) branch, the free atom
                energy -= pa.e0;
                continue;
            }
            double ds = -Math.log(sigma1[a] / 12) / (beta * pa.eta2);
            double x = pa.lambda * ds;
            double y = Math.exp(-x);
            double z = 6 * pa.v0 * Math.exp(-pa.kappa * ds);
            deds[a] = (x * y * pa.e0 * pa.lambda + pa.kappa * z) / (sigma1[a] * beta * pa.eta2); // −∂E_c/∂σ₁
            energy += pa.e0 * ((1 + x) * y - 1) + z;
        }
        for (int k = 0; k < m; k++) {
            int i = pairs.i[k], j = pairs.j[k];
            double y1 = sij[k] * deds[i], y2 = sji[k] * deds[j];
            double g = -(y1 * p[j].eta2 + y2 * p[i].eta2 + (y1 + y2) * dlog[k]) / pairs.r[k];
            pairForce(pairs, k, g, forces, w);
        }
        return new Calculation(energy, forces, fullyPeriodic(s.cell()) ? stress(w, s.cell()) : null);
    }

    /** Adds a pair's gradient ∂E/∂d = g·d (d = R_j + L − R_i): F_i += g·d, F_j −= g·d, w += (g·d) ⊗ d. */
    private static void pairForce(Pairs pairs, int k, double g, double[] forces, double[] w) {
        int i = pairs.i[k], j = pairs.j[k];
        double dx = pairs.d[3 * k], dy = pairs.d[3 * k + 1], dz = pairs.d[3 * k + 2];
        double fx = g * dx, fy = g * dy, fz = g * dz;
        forces[3 * i] += fx;
        forces[3 * i + 1] += fy;
        forces[3 * i + 2] += fz;
        forces[3 * j] -= fx;
        forces[3 * j + 1] -= fy;
        forces[3 * j + 2] -= fz;
        w[0] += fx * dx;
        w[1] += fx * dy;
        w[2] += fx * dz;
        w[3] += fy * dx;
        w[4] += fy * dy;
        w[5] += fy * dz;
        w[6] += fz * dx;
        w[7] += fz * dy;
        w[8] += fz * dz;
    }

    private static boolean fullyPeriodic(Cell c) {
        return c.periodic(0) && c.periodic(1) && c.periodic(2);
    }

    private static double[] stress(double[] w, Cell cell) {
        double v = Math.abs(cell.volume());
        double[] out = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                out[3 * a + b] = 0.5 * (w[3 * a + b] + w[3 * b + a]) / v;
            }
        }
        return out;
    }

    /**
     * Each interacting pair once: i < j, or an atom and its own image (i = j) for the lattice shift whose first
     * non-zero component is positive. d = R_j + L − R_i, Å; r = |d| < cutoff.
     */
    static final class Pairs {
        int count;
        int[] i, j;
        double[] d, r;

        static Pairs of(Structure s, double cutoff) {
            NeighborList nl = NeighborList.build(s, cutoff);
            Pairs out = new Pairs();
            int cap = nl.size() / 2 + 1;
            out.i = new int[cap];
            out.j = new int[cap];
            out.d = new double[3 * cap];
            out.r = new double[cap];
            int c = 0;
            for (int a = 0; a < nl.atoms(); a++) {
                for (int e = nl.start(a); e < nl.start(a + 1); e++) {
                    int b = nl.neighbor(e);
                    if (b < a || b == a && !positive(nl, e)) {
                        continue;
                    }
                    out.i[c] = a;
                    out.j[c] = b;
                    out.d[3 * c] = nl.vector(e, 0);
                    out.d[3 * c + 1] = nl.vector(e, 1);
                    out.d[3 * c + 2] = nl.vector(e, 2);
                    out.r[c] = nl.distance(e);
                    c++;
                }
            }
            out.count = c;
            return out;
        }

        private static boolean positive(NeighborList nl, int e) {
            for (int axis = 0; axis < 3; axis++) {
                int t = nl.shift(e, axis);
                if (t != 0) {
                    return t > 0;
                }
            }
            return false;
        }
    }

    @Override
    public String toString() {
        return "Emt(cutoff " + rcList + " Å, elements " + EmtParameters.SYMBOLS + ")";
    }
}
