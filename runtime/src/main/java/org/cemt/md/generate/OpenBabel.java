package org.cemt.md.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.cemt.core.ComputationException;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * 3D structures from SMILES with Open Babel's {@code obabel} (Debian package {@code openbabel}, 3.1.1):
 * {@code obabel -:"SMILES" --gen3d -oxyz}: hydrogens added, a force-field geometry after Open Babel's default
 * ("med") conformer search. ({@code --gen3d fast} and {@code fastest} left every atom at the origin in 3.1.1.)
 * A structure with two atoms on one spot is refused. Immutable.
 */
public final class OpenBabel {
    /** The line that installs the program on Debian. */
    public static final String INSTALL = "apt-get install openbabel";

    private final String program;
    private final double timeoutSeconds;

    private OpenBabel(String program, double timeoutSeconds) {
        this.program = program;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** {@code obabel} from PATH, 120 s per molecule. */
    public static OpenBabel defaults() {
        return new OpenBabel("obabel", 120);
    }

    /** The executable: a name looked up on PATH or a path. */
    public OpenBabel withProgram(String executable) {
        return new OpenBabel(executable, timeoutSeconds);
    }

    /** True if the program starts ({@code obabel -V} exits normally). */
    public boolean isAvailable() {
        try {
            Process p = new ProcessBuilder(program, "-V").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The molecule of {@code smiles} with hydrogens, positions Å, info {@code smiles}. */
    public Structure build(String smiles) {
        Process p;
        try {
            p = new ProcessBuilder(program, "-:" + smiles, "--gen3d", "-oxyz").start();
        } catch (IOException e) {
            throw new ComputationException("obabel: program: expected Open Babel's '" + program + "' (install: "
                + INSTALL + "), found none: " + e.getMessage(), e);
        }
        String out, err;
        try {
            p.getOutputStream().close();
            // xyz of ≤ 30 atoms and a one-line note fit the pipe buffers, so reading after the wait cannot block
            if (!p.waitFor((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new ComputationException("obabel: " + smiles + ": no structure within " + timeoutSeconds + " s");
            }
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComputationException("obabel: " + smiles + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ComputationException("obabel: " + smiles + ": interrupted", e);
        }
        String[] lines = out.split("\n");
        int n;
        try {
            n = Integer.parseInt(lines[0].trim());
        } catch (NumberFormatException e) {
            throw new ComputationException("obabel: " + smiles + ": expected an xyz structure, found: "
                + (err.isBlank() ? out.strip() : err.strip()));
        }
        int[] z = new int[n];
        double[] r = new double[3 * n];
        for (int i = 0; i < n; i++) {
            String[] f = lines[2 + i].trim().split("\\s+");
            z[i] = Element.number(f[0], "obabel: " + smiles + ": line " + (3 + i));
            for (int a = 0; a < 3; a++) {
                r[3 * i + a] = Double.parseDouble(f[1 + a]);
            }
        }
        for (double x : r) {
            if (!Double.isFinite(x)) {
                throw new ComputationException("obabel: " + smiles + ": non-finite coordinates");
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double d2 = 0;
                for (int a = 0; a < 3; a++) {
                    d2 += Math.pow(r[3 * i + a] - r[3 * j + a], 2);
                }
                if (d2 < 0.25) {
                    throw new ComputationException("obabel: " + smiles + ": atoms " + j + " and " + i
                        + " closer than 0.5 Å: expected a 3D structure, found none");
                }
            }
        }
        if (n == 0) {
            throw InputException.of("obabel", "SMILES", "a molecule", "'" + smiles + "'");
        }
        return Structure.builder(z, r).info("smiles", smiles).build();
    }
}
