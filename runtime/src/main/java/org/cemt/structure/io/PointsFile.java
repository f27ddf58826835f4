package org.cemt.structure.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.cemt.core.InputException;

/**
 * Plain-text point lists (reference points, probe centres): one point {@code x y z} (Å) per line; blank lines and
 * lines starting with {@code #} are skipped. At least one point; errors name file and line.
 */
public final class PointsFile {
    private PointsFile() {
    }

    /** The points of a file, Å, flat [3*point + axis]. */
    public static double[] read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": expected a readable points file (x y z per line), found " + e, e);
        }
        return parse(text, file.toString());
    }

    /** Parses point lines; {@code where} starts error messages. */
    public static double[] parse(String text, String where) {
        String[] lines = text.split("\r?\n", -1);
        double[] out = new double[48];
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] tok = t.split("[\\s,]+");
            if (tok.length != 3) {
                throw InputException.of(where + ":" + (i + 1), "point", "3 reals 'x y z' (Å)", "'" + t + "'");
            }
            if (n + 3 > out.length) {
                out = Arrays.copyOf(out, 2 * out.length);
            }
            for (int a = 0; a < 3; a++) {
                double v;
                try {
                    v = Double.parseDouble(tok[a]);
                } catch (NumberFormatException e) {
                    v = Double.NaN;
                }
                if (!Double.isFinite(v)) {
                    throw InputException.of(where + ":" + (i + 1), "point", "3 finite reals 'x y z' (Å)",
                        "'" + t + "'");
                }
                out[n++] = v;
            }
        }
        if (n == 0) {
            throw InputException.of(where, "points", "at least one line 'x y z'", "none");
        }
        return Arrays.copyOf(out, n);
    }
}
