package org.cemt.plot

/**
 * How an atom is drawn: Jmol colours (jmol.sourceforge.net/jscolors, the table ASE's `ase/data/colors.py` uses) and
 * covalent radii (Å; Cordero et al., Dalton Trans. 2008, 2832, as ASE's `covalent_radii`), for Z = 1…94.
 */
internal object ElementStyle {
    private val COLORS = (
        "FFFFFF D9FFFF CC80FF C2FF00 FFB5B5 909090 3050F8 FF0D0D 90E050 B3E3F5 " + // H–Ne
            "AB5CF2 8AFF00 BFA6A6 F0C8A0 FF8000 FFFF30 1FF01F 80D1E3 " + // Na–Ar
            "8F40D4 3DFF00 E6E6E6 BFC2C7 A6A6AB 8A99C7 9C7AC7 E06633 F090A0 50D050 C88033 7D80B0 " + // K–Zn
            "C28F8F 668F8F BD80E3 FFA100 A62929 5CB8D1 " + // Ga–Kr
            "702EB0 00FF00 94FFFF 94E0E0 73C2C9 54B5B5 3B9E9E 248F8F 0A7D8C 006985 C0C0C0 FFD98F " + // Rb–Cd
            "A67573 668080 9E63B5 D47A00 940094 429EB0 " + // In–Xe
            "57178F 00C900 70D4FF FFFFC7 D9FFC7 C7FFC7 A3FFC7 8FFFC7 61FFC7 45FFC7 30FFC7 1FFFC7 " + // Cs–Dy
            "00FF9C 00E675 00D452 00BF38 00AB24 4DC2FF 4DA6FF 2194D6 267DAB 266696 175487 D0D0E0 " + // Ho–Pt
            "FFD123 B8B8D0 A6544D 575961 9E4FB5 AB5C00 754F45 428296 " + // Au–Rn
            "420066 007D00 70ABFA 00BAFF 00A1FF 008FFF 0080FF 006BFF" // Fr–Pu
        ).split(' ').map { "#$it" }

    private val RADII = doubleArrayOf(
        0.31, 0.28, 1.28, 0.96, 0.84, 0.76, 0.71, 0.66, 0.57, 0.58, // H–Ne
        1.66, 1.41, 1.21, 1.11, 1.07, 1.05, 1.02, 1.06, // Na–Ar
        2.03, 1.76, 1.70, 1.60, 1.53, 1.39, 1.39, 1.32, 1.26, 1.24, 1.32, 1.22, // K–Zn
        1.22, 1.20, 1.19, 1.20, 1.20, 1.16, // Ga–Kr
        2.20, 1.95, 1.90, 1.75, 1.64, 1.54, 1.47, 1.46, 1.42, 1.39, 1.45, 1.44, // Rb–Cd
        1.42, 1.39, 1.39, 1.38, 1.39, 1.40, // In–Xe
        2.44, 2.15, 2.07, 2.04, 2.03, 2.01, 1.99, 1.98, 1.98, 1.96, 1.94, 1.92, // Cs–Dy
        1.92, 1.89, 1.90, 1.87, 1.87, 1.75, 1.70, 1.62, 1.51, 1.44, 1.41, 1.36, // Ho–Pt
        1.36, 1.32, 1.45, 1.46, 1.48, 1.40, 1.50, 1.50, // Au–Rn
        2.60, 2.21, 2.15, 2.06, 2.00, 1.96, 1.90, 1.87, // Fr–Pu
    )

    init {
        check(COLORS.size == 94 && RADII.size == 94) { "element tables: ${COLORS.size} colours, ${RADII.size} radii" }
    }

    /** Jmol colour of element [z], "#RRGGBB". */
    fun color(z: Int): String = COLORS[z - 1]

    /** Covalent radius of element [z], Å. */
    fun radius(z: Int): Double = RADII[z - 1]
}
