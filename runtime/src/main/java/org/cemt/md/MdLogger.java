package org.cemt.md;

import java.io.PrintStream;
import java.util.Locale;

/**
 * An observer writing one line per call in the columns of ASE's {@code MDLogger}: time (ps), total, potential and
 * kinetic energy (eV), temperature (K). The header is written before the first line.
 */
public final class MdLogger implements Observer {
    private final PrintStream out;
    private boolean header = true;

    public MdLogger(PrintStream out) {
        this.out = out;
    }

    @Override
    public void observe(Dynamics md) {
        if (header) {
            out.println("Time[ps]      Etot[eV]     Epot[eV]     Ekin[eV]    T[K]");
            header = false;
        }
        out.println(String.format(Locale.ROOT, "%-10.4f %12.4f %12.4f %12.4f %6.1f", md.time() / 1000,
            md.totalEnergy(), md.potentialEnergy(), md.kineticEnergy(), md.temperature()));
    }
}
