package org.cemt.calc;

import org.cemt.core.Element;

/**
 * The EMT parameters of one element, in cemt units, with the derived neighbour-shell normalisations γ₁, γ₂.
 *
 * <p>Raw values as ASE's {@code ase/calculators/emt.py} tabulates them (Jacobsen, Stoltze and Nørskov, Surf. Sci.
 * 366, 394 (1996), Table 1, for Ni Cu Pd Ag Pt Au Al; ASE's own "just for fun" H C N O): E₀ (eV), s₀ (bohr), V₀ (eV),
 * η₂ (1/bohr), κ (1/bohr), λ (1/bohr), n₀ (1/bohr³), converted with ASE's bohr (see {@link #BOHR}).
 */
final class EmtParameters {
    /** β = (16π/3)^(1/3)/√2, rounded as ASE keeps it ("preserve historical rounding"). */
    static final double BETA = 1.809;
    /**
     * The bohr (Å) ASE 3.22 converts this table with (CODATA 2014, as ase.units computes it). It is part of the
     * parameter set: CODATA 2018's {@link org.cemt.core.Units#BOHR} differs by 4e-10 relative, which the
     * exponentials amplify to ~1e-8 eV.
     */
    static final double BOHR = 0.5291772105638411;

    // symbol, E0, s0, V0, eta2, kappa, lambda, n0 — ASE's table, same order of columns
    private static final Object[][] TABLE = {
        {"Al", -3.28, 3.00, 1.493, 1.240, 2.000, 1.169, 0.00700},
        {"Cu", -3.51, 2.67, 2.476, 1.652, 2.740, 1.906, 0.00910},
        {"Ag", -2.96, 3.01, 2.132, 1.652, 2.790, 1.892, 0.00547},
        {"Au", -3.80, 3.00, 2.321, 1.674, 2.873, 2.182, 0.00703},
        {"Ni", -4.44, 2.60, 3.673, 1.669, 2.757, 1.948, 0.01030},
        {"Pd", -3.90, 2.87, 2.773, 1.818, 3.107, 2.155, 0.00688},
        {"Pt", -5.85, 2.90, 4.067, 1.812, 3.145, 2.192, 0.00802},
        {"H", -3.21, 1.31, 0.132, 2.652, 2.790, 3.892, 0.00547},
        {"C", -3.50, 1.81, 0.332, 1.652, 2.790, 1.892, 0.01322},
        {"N", -5.10, 1.88, 0.132, 1.652, 2.790, 1.892, 0.01222},
        {"O", -4.60, 1.95, 0.332, 1.652, 2.790, 1.892, 0.00850},
    };

    /** Symbols with parameters, in table order. */
    static final String SYMBOLS;
    /** Largest s₀ of the whole table, Å: ASE (asap_cutoff=False) sets one cutoff from it for every system. */
    static final double MAX_S0;

    static {
        StringBuilder sb = new StringBuilder();
        double max = 0;
        for (Object[] row : TABLE) {
            sb.append(sb.length() == 0 ? "" : " ").append(row[0]);
            max = Math.max(max, (double) row[2] * BOHR);
        }
        SYMBOLS = sb.toString();
        MAX_S0 = max;
    }

    final int z;
    final double e0, s0, v0, eta2, kappa, lambda, n0;
    /**
     * Shell normalisations: over the first three fcc shells (12, 6, 24 neighbours at βs₀·√1, √2, √3), the smooth
     * cutoff times exp(−η₂(r − βs₀)) resp. exp(−κ/β·(r − βs₀)), summed and divided by 12 — so that in the perfect
     * lattice of Wigner–Seitz radius s₀ the density σ₁ is 12 and the neutral-sphere radius s equals s₀.
     */
    final double gamma1, gamma2;

    private EmtParameters(Object[] row, double rc, double acut) {
        z = Element.number((String) row[0], "EMT parameter table");
        e0 = (double) row[1];
        s0 = (double) row[2] * BOHR;
        v0 = (double) row[3];
        eta2 = (double) row[4] / BOHR;
        kappa = (double) row[5] / BOHR;
        lambda = (double) row[6] / BOHR;
        n0 = (double) row[7] / (BOHR * BOHR * BOHR);
        double g1 = 0, g2 = 0;
        int[] count = {12, 6, 24};
        for (int shell = 0; shell < 3; shell++) {
            double r = s0 * BETA * Math.sqrt(shell + 1);
            double w = count[shell] / (12 * (1.0 + Math.exp(acut * (r - rc))));
            g1 += w * Math.exp(-eta2 * (r - BETA * s0));
            g2 += w * Math.exp(-kappa / BETA * (r - BETA * s0));
        }
        gamma1 = g1;
        gamma2 = g2;
    }

    /** Parameters indexed by atomic number (null where none), for the cutoff rc (Å) and its steepness acut (1/Å). */
    static EmtParameters[] byNumber(double rc, double acut) {
        EmtParameters[] out = new EmtParameters[Element.MAX_Z + 1];
        for (Object[] row : TABLE) {
            EmtParameters p = new EmtParameters(row, rc, acut);
            out[p.z] = p;
        }
        return out;
    }
}
