package org.cemt.density;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemt.core.Element;
import org.cemt.core.InputException;

/**
 * Reads GMP-featurizer's {@code .gpsp} density files (SPEC.md §1): {@code #} comments, a {@code !} element-count
 * line, blank lines ignored; per element a {@code ****} line, a header {@code Symbol Z nG}, then nG lines
 * {@code B β}. The dummy element X (Z = 0) and B = 0 Gaussians are skipped. Errors name the file and line.
 */
public final class GpspReader {
    private GpspReader() {
    }

    /** Reads a file; the density set is named by the file. */
    public static DensitySet read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": expected a readable .gpsp density file, found " + e, e);
        }
        return parse(text, file.toString());
    }

    /** Parses .gpsp text; {@code where} names the source in errors and becomes the set's name. */
    public static DensitySet parse(String text, String where) {
        String[] lines = text.split("\r?\n", -1);
        int last = lines.length; // end-of-file errors name the last line with content
        while (last > 1 && lines[last - 1].trim().isEmpty()) {
            last--;
        }
        Map<Integer, ElementDensity> elements = new LinkedHashMap<>();
        int i = 0;
        while (true) {
            i = nextContent(lines, i);
            if (i >= lines.length) {
                break;
            }
            String at = where + ":" + (i + 1);
            if (!lines[i].trim().startsWith("****")) {
                throw InputException.of(at, "block", "a '****' line starting an element", "'" + lines[i].trim()
                    + "'");
            }
            i = nextContent(lines, i + 1);
            if (i >= lines.length) {
                throw InputException.of(where + ":" + last, "element header", "'Symbol Z nG'",
                    "end of file");
            }
            at = where + ":" + (i + 1);
            String[] h = lines[i].trim().split("\\s+");
            if (h.length != 3) {
                throw InputException.of(at, "element header", "'Symbol Z nG'", "'" + lines[i].trim() + "'");
            }
            int z = integer(h[1], at, "Z");
            int ng = integer(h[2], at, "nG");
            if (ng < 1) {
                throw InputException.of(at, "nG", "at least 1 Gaussian", ng);
            }
            boolean dummy = z == 0;
            if (!dummy) {
                int known = Element.numberOrMinusOne(h[0]);
                if (known != z) {
                    throw InputException.of(at, "element", "a symbol matching Z = " + z, "'" + h[0] + "'");
                }
            }
            List<double[]> gs = new ArrayList<>();
            for (int g = 0; g < ng; g++) {
                i = nextContent(lines, i + 1);
                if (i >= lines.length) {
                    throw InputException.of(where + ":" + last, h[0] + " Gaussian " + (g + 1),
                        "'B beta'", "end of file");
                }
                at = where + ":" + (i + 1);
                String[] t = lines[i].trim().split("\\s+");
                if (t.length != 2) {
                    throw InputException.of(at, h[0] + " Gaussian " + (g + 1), "2 reals 'B beta'",
                        "'" + lines[i].trim() + "'");
                }
                double b = real(t[0], at, "B");
                double beta = real(t[1], at, "beta");
                if (!(beta > 0)) {
                    throw InputException.of(at, "beta", "a positive exponent (1/Å²)", t[1]);
                }
                if (b != 0) {
                    gs.add(new double[] {b, beta});
                }
            }
            if (!dummy && !gs.isEmpty()) {
                if (elements.containsKey(z)) {
                    throw InputException.of(at, "element", "each element once", h[0] + " again");
                }
                elements.put(z, DensitySet.element(z, gs));
            }
            i++;
        }
        if (elements.isEmpty()) {
            throw InputException.of(where, "elements", "at least one element block", "none");
        }
        return new DensitySet(where, elements);
    }

    private static int nextContent(String[] lines, int i) {
        while (i < lines.length) {
            String t = lines[i].trim();
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("!")) {
                return i;
            }
            i++;
        }
        return i;
    }

    static int integer(String s, String at, String field) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw InputException.of(at, field, "an integer", "'" + s + "'");
        }
    }

    static double real(String s, String at, String field) {
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.of(at, field, "a finite real", "'" + s + "'");
    }
}
