package org.cemt.core;

import java.util.HashMap;
import java.util.Map;

/** The element table, Z = 1..94: symbol and standard atomic mass (amu, IUPAC 2016, the values ASE uses). */
public final class Element {
    private Element() {
    }

    private static final String[] SYMBOLS = {"X",
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne",
        "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca",
        "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
        "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr",
        "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn",
        "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd",
        "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb",
        "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg",
        "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th",
        "Pa", "U", "Np", "Pu"};

    private static final double[] MASSES = {1.0,
        1.008, 4.002602, 6.94, 9.0121831, 10.81, 12.011, 14.007, 15.999, 18.998403163, 20.1797,
        22.98976928, 24.305, 26.9815385, 28.085, 30.973761998, 32.06, 35.45, 39.948, 39.0983, 40.078,
        44.955908, 47.867, 50.9415, 51.9961, 54.938044, 55.845, 58.933194, 58.6934, 63.546, 65.38,
        69.723, 72.630, 74.921595, 78.971, 79.904, 83.798, 85.4678, 87.62, 88.90584, 91.224,
        92.90637, 95.95, 97.90721, 101.07, 102.90550, 106.42, 107.8682, 112.414, 114.818, 118.710,
        121.760, 127.60, 126.90447, 131.293, 132.90545196, 137.327, 138.90547, 140.116, 140.90766, 144.242,
        144.91276, 150.36, 151.964, 157.25, 158.92535, 162.500, 164.93033, 167.259, 168.93422, 173.054,
        174.9668, 178.49, 180.94788, 183.84, 186.207, 190.23, 192.217, 195.084, 196.966569, 200.592,
        204.38, 207.2, 208.98040, 208.98243, 209.98715, 222.01758, 223.01974, 226.02541, 227.02775, 232.0377,
        231.03588, 238.02891, 237.04817, 244.06421};

    /** Largest supported atomic number. */
    public static final int MAX_Z = 94;

    private static final Map<String, Integer> BY_SYMBOL = new HashMap<>();

    static {
        for (int z = 1; z <= MAX_Z; z++) {
            BY_SYMBOL.put(SYMBOLS[z], z);
        }
    }

    /** Chemical symbol of atomic number z, 1 ≤ z ≤ 94. */
    public static String symbol(int z) {
        checkZ(z);
        return SYMBOLS[z];
    }

    /** Standard atomic mass of z in amu. */
    public static double mass(int z) {
        checkZ(z);
        return MASSES[z];
    }

    /** Atomic number of a symbol (case as in the table, e.g. "Au"); -1 if unknown. */
    public static int numberOrMinusOne(String symbol) {
        Integer z = BY_SYMBOL.get(symbol);
        return z == null ? -1 : z;
    }

    /** Atomic number of a symbol, or an InputException naming {@code where}. */
    public static int number(String symbol, String where) {
        int z = numberOrMinusOne(symbol);
        if (z < 0) {
            throw InputException.of(where, "element", "a chemical symbol H..Pu", "'" + symbol + "'");
        }
        return z;
    }

    private static void checkZ(int z) {
        if (z < 1 || z > MAX_Z) {
            throw new InputException("atomic number: expected 1.." + MAX_Z + ", found " + z);
        }
    }
}
