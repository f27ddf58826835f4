package org.cemt.refpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * User-given points and weights, the same for every structure: point i is fixed in space at (x, y, z) Å, or, when
 * attached to atom k, sits at R_k + (x, y, z) and moves with it (parent (k, 1)). Immutable.
 *
 * <p>File format (text, UTF-8): one point per line, {@code x y z [weight [atom]]}, blank and {@code #} lines
 * ignored; weight 1 when absent (so a plain {@code x y z} points file reads as fixed points of weight 1); atom
 * is a 0-based index, and with it (x, y, z) is the offset from that atom. At least one point.
 *
 * <p>Under a strain of a periodic cell a fixed point stays where it is and an attached one sits at its strained
 * atom plus the same offset ({@link ReferencePointSet}'s unstrained part c_i: the position, or the offset).
 */
public final class CustomPoints {
    private final double[] xyz;
    private final double[] weights;
    private final int[] atom;
    private final String origin;

    private CustomPoints(double[] xyz, double[] weights, int[] atom, String origin) {
        this.xyz = xyz;
        this.weights = weights;
        this.atom = atom;
        this.origin = origin;
    }

    /**
     * Points (Å, flat [3*i + axis]), weights (length M, finite), and per point the atom it is attached to, or −1
     * for a point fixed in space (attach null: all fixed).
     */
    public static CustomPoints of(double[] xyz, double[] weights, int[] attach) {
        int m = weights.length;
        if (xyz.length != 3 * m) {
            throw InputException.of("custom points", "points", 3 * m + " coordinates for " + m + " weights",
                xyz.length);
        }
        int[] a = attach == null ? filled(m) : attach.clone();
        if (a.length != m) {
            throw InputException.of("custom points", "attach", m + " atom indices", a.length);
        }
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(weights[i]) || !Double.isFinite(xyz[3 * i]) || !Double.isFinite(xyz[3 * i + 1])
                || !Double.isFinite(xyz[3 * i + 2])) {
                throw InputException.of("custom points", "point " + i, "finite coordinates and weight", "NaN/Inf");
            }
            if (a[i] < -1) {
                throw InputException.of("custom points", "point " + i + " atom", "an index ≥ 0 or −1", a[i]);
            }
        }
        return new CustomPoints(xyz.clone(), weights.clone(), a, "api");
    }

    /** Reads a points file (format in the class comment). */
    public static CustomPoints read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        double[] xyz = new double[3 * lines.size()];
        double[] w = new double[lines.size()];
        int[] a = new int[lines.size()];
        int m = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + ":" + (n + 1);
            String[] f = line.split("\\s+");
            if (f.length < 3 || f.length > 5) {
                throw InputException.of(where, "point", "x y z [weight [atom]]", f.length + " fields");
            }
            w[m] = 1;
            for (int k = 0; k < Math.min(4, f.length); k++) {
                double v = number(f[k], where, k < 3 ? String.valueOf("xyz".charAt(k)) : "weight");
                if (k < 3) {
                    xyz[3 * m + k] = v;
                } else {
                    w[m] = v;
                }
            }
            a[m] = -1;
            if (f.length == 5) {
                try {
                    a[m] = Integer.parseInt(f[4]);
                } catch (NumberFormatException e) {
                    a[m] = -2;
                }
                if (a[m] < 0) {
                    throw InputException.of(where, "atom", "an atom index ≥ 0", "'" + f[4] + "'");
                }
            }
            m++;
        }
        if (m == 0) {
            throw InputException.of(String.valueOf(file.getFileName()), "points",
                "at least one line 'x y z [weight [atom]]'", "none");
        }
        return new CustomPoints(Arrays.copyOf(xyz, 3 * m), Arrays.copyOf(w, m), Arrays.copyOf(a, m),
            file.toString());
    }

    /** Number of points. */
    public int size() {
        return weights.length;
    }

    /** Where the points came from (a file name, "api", or "spec text" for points read from a model's text form). */
    public String origin() {
        return origin;
    }

    /** The same points, saying they came from {@code where} (non-blank; a description, not read again). */
    public CustomPoints withOrigin(String where) {
        if (where == null || where.isBlank()) {
            throw InputException.of("custom points", "origin", "a non-blank description", "'" + where + "'");
        }
        return new CustomPoints(xyz, weights, atom, where);
    }

    /** Per point (x, y, z), Å, flat [3*i + axis]: the position of a fixed point, the offset of an attached one. */
    public double[] coordinates() {
        return xyz.clone();
    }

    /** Weights, length M, a copy. */
    public double[] weights() {
        return weights.clone();
    }

    /** Per point the atom it is attached to, −1 for a point fixed in space; length M, a copy. */
    public int[] atoms() {
        return atom.clone();
    }

    ReferencePointSet build(Structure s) {
        PointSetBuilder b = new PointSetBuilder(s.size());
        for (int i = 0; i < weights.length; i++) {
            int k = atom[i];
            if (k >= s.size()) {
                throw InputException.of(origin, "point " + i + " atom", "an index below " + s.size(), k);
            }
            double x = xyz[3 * i], y = xyz[3 * i + 1], z = xyz[3 * i + 2];
            if (k >= 0) {
                b.begin(s.position(k, 0) + x, s.position(k, 1) + y, s.position(k, 2) + z, weights[i], false);
                b.parent(k, 1.0);
            } else {
                b.begin(x, y, z, weights[i], false);
            }
            b.unstrained(x, y, z); // fixed: the whole position; attached: the offset (ReferencePointSet)
        }
        return b.build();
    }

    private static double number(String text, String where, String field) {
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.of(where, field, "a finite number", "'" + text + "'");
    }

    private static int[] filled(int m) {
        int[] a = new int[m];
        Arrays.fill(a, -1);
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomPoints c && Arrays.equals(c.xyz, xyz) && Arrays.equals(c.weights, weights)
            && Arrays.equals(c.atom, atom);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xyz);
    }

    /** A description, not the points: {@code M points from ORIGIN} (the model text form prints them all). */
    @Override
    public String toString() {
        return weights.length + (weights.length == 1 ? " point" : " points") + " from " + origin;
    }
}
