package org.cemt.core;

/**
 * The one place for unit conversions. cemt works in Å, eV, eV/Å, eV/Å³, fs, amu and K, like ASE; readers convert
 * foreign units on the way in with these constants (CODATA 2018).
 */
public final class Units {
    private Units() {
    }

    /** Boltzmann constant, eV/K. */
    public static final double BOLTZMANN = 8.617333262e-5;
    /** Hartree energy in eV. */
    public static final double HARTREE = 27.211386245988;
    /** Bohr radius in Å. */
    public static final double BOHR = 0.529177210903;
    /** 1 GPa in eV/Å³. */
    public static final double GPA = 1.0 / 160.21766208;
    /**
     * Acceleration of 1 eV/(Å·amu) in Å/fs²: (1.602176634e-19 J) / (1e-10 m · 1.66053906660e-27 kg) = 9.6485332e17
     * m/s² = 0.0096485332 Å/fs². Newton's law in cemt units reads a = F / m · ACCELERATION.
     */
    public static final double ACCELERATION = 1.602176634e-19 / (1e-10 * 1.66053906660e-27) * 1e-20;
    /** Kinetic energy of 1 amu·(Å/fs)² in eV: ½mv² in eV = 0.5·m·v²/ACCELERATION. */
    public static final double KINETIC = 1.0 / ACCELERATION;
}
