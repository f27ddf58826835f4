package org.cemt.density;

import org.cemt.core.Element;
import org.cemt.core.InputException;

/**
 * The valence density of one element as a sum of atom-centred Gaussians, ρ(r) = Σ_g B_g exp(−β_g r²) (SPEC.md
 * §1, eq. 1.1): B in electrons/Å³ (as fitted, may be negative), β in 1/Å², r in Å. Gaussians with B = 0 are
 * dropped on the way in. Immutable.
 */
public final class ElementDensity {
    private final int number;
    private final double[] b;
    private final double[] beta;

    /** Checks that both arrays have the same length ≥ 1, every B is finite and every β positive and finite. */
    public ElementDensity(int number, double[] b, double[] beta) {
        String where = "density of " + Element.symbol(number);
        if (b.length != beta.length || b.length == 0) {
            throw InputException.of(where, "Gaussians", "as many B as β and at least one", b.length + " B and "
                + beta.length + " β");
        }
        for (int g = 0; g < b.length; g++) {
            if (!Double.isFinite(b[g]) || !(beta[g] > 0) || !Double.isFinite(beta[g])) {
                throw InputException.of(where, "Gaussian " + g, "finite B and finite β > 0",
                    "B = " + b[g] + ", β = " + beta[g]);
            }
        }
        this.number = number;
        this.b = b.clone();
        this.beta = beta.clone();
    }

    /** Atomic number. */
    public int number() {
        return number;
    }

    public String symbol() {
        return Element.symbol(number);
    }

    /** Number of Gaussians. */
    public int size() {
        return b.length;
    }

    /** Amplitude B of Gaussian g. */
    public double b(int g) {
        return b[g];
    }

    /** Exponent β of Gaussian g, 1/Å². */
    public double beta(int g) {
        return beta[g];
    }

    /** ρ at distance r (Å) from the nucleus. */
    public double density(double r) {
        double s = 0;
        for (int g = 0; g < b.length; g++) {
            s += b[g] * Math.exp(-beta[g] * r * r);
        }
        return s;
    }
}
