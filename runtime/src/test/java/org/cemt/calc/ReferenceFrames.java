package org.cemt.calc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cemt.core.Element;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * Reads the small extended-XYZ reference file of shared/reference/emt (species, pos, forces columns; Lattice,
 * energy, pbc keys) — just enough for that file, so the EMT tests do not wait for the full reader.
 */
final class ReferenceFrames {
    private static final Pattern LATTICE = Pattern.compile("Lattice=\"([^\"]*)\"");
    private static final Pattern ENERGY = Pattern.compile("(?:^|\\s)energy=(\\S+)");
    private static final Pattern PBC = Pattern.compile("pbc=\"([^\"]*)\"");

    private ReferenceFrames() {
    }

    static List<Structure> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Structure> out = new ArrayList<>();
        int at = 0;
        while (at < lines.size() && !lines.get(at).isBlank()) {
            int n = Integer.parseInt(lines.get(at).trim());
            String comment = lines.get(at + 1);
            int[] z = new int[n];
            double[] r = new double[3 * n];
            double[] f = new double[3 * n];
            for (int i = 0; i < n; i++) {
                String[] t = lines.get(at + 2 + i).trim().split("\\s+");
                z[i] = Element.number(t[0], file + ":" + (at + 3 + i));
                for (int k = 0; k < 3; k++) {
                    r[3 * i + k] = Double.parseDouble(t[1 + k]);
                    f[3 * i + k] = Double.parseDouble(t[4 + k]);
                }
            }
            Cell cell = Cell.NONE;
            Matcher lm = LATTICE.matcher(comment);
            if (lm.find()) {
                String[] t = lm.group(1).trim().split("\\s+");
                double[] rows = new double[9];
                for (int k = 0; k < 9; k++) {
                    rows[k] = Double.parseDouble(t[k]);
                }
                Matcher pm = PBC.matcher(comment);
                boolean[] pbc = {true, true, true};
                if (pm.find()) {
                    String[] p = pm.group(1).trim().split("\\s+");
                    for (int k = 0; k < 3; k++) {
                        pbc[k] = p[k].equals("T");
                    }
                }
                cell = Cell.of(rows, pbc);
            }
            Matcher em = ENERGY.matcher(comment);
            if (!em.find()) {
                throw new IllegalStateException(file + ":" + (at + 2) + ": no energy");
            }
            out.add(Structure.builder(z, r).cell(cell).energy(Double.parseDouble(em.group(1))).forces(f).build());
            at += n + 2;
        }
        return out;
    }
}
