package org.cemt.refpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.cemt.core.AtomicFiles;
import org.cemt.structure.Structure;

/**
 * Reference points per structure of a data set for one set (the data of CEMT paper Fig. S2): per structure the
 * atom count, point count and Σ w_i; over the set min, median, max and total points. Augmented grids count the
 * averaged set (all 8 shifted grids, as prediction uses them). Immutable.
 */
public final class PointCounts {
    private final RefPointSpec spec;
    private final String[] formulas;
    private final int[] atoms;
    private final int[] points;
    private final double[] weights;

    private PointCounts(RefPointSpec spec, String[] formulas, int[] atoms, int[] points, double[] weights) {
        this.spec = spec;
        this.formulas = formulas;
        this.atoms = atoms;
        this.points = points;
        this.weights = weights;
    }

    /** Counts the points of every structure. */
    public static PointCounts of(RefPointSpec spec, List<Structure> structures) {
        return of(spec, structures.iterator());
    }

    /** Counts the points of every structure of a stream (a reader), one structure in memory at a time. */
    public static PointCounts of(RefPointSpec spec, Iterator<Structure> structures) {
        String[] f = new String[16];
        int[] a = new int[16], p = new int[16];
        double[] w = new double[16];
        int n = 0;
        while (structures.hasNext()) {
            Structure s = structures.next();
            ReferencePointSet r = spec.build(s);
            if (n == p.length) {
                f = Arrays.copyOf(f, 2 * n);
                a = Arrays.copyOf(a, 2 * n);
                p = Arrays.copyOf(p, 2 * n);
                w = Arrays.copyOf(w, 2 * n);
            }
            f[n] = s.formula();
            a[n] = s.size();
            p[n] = r.size();
            w[n++] = r.totalWeight();
        }
        return new PointCounts(spec, Arrays.copyOf(f, n), Arrays.copyOf(a, n), Arrays.copyOf(p, n),
            Arrays.copyOf(w, n));
    }

    public int structures() {
        return points.length;
    }

    /** Points of structure i. */
    public int points(int i) {
        return points[i];
    }

    public int min() {
        return Arrays.stream(points).min().orElse(0);
    }

    public int max() {
        return Arrays.stream(points).max().orElse(0);
    }

    /** Median point count (mean of the middle two for an even number of structures). */
    public double median() {
        if (points.length == 0) {
            return 0;
        }
        int[] s = points.clone();
        Arrays.sort(s);
        int h = s.length / 2;
        return s.length % 2 == 1 ? s[h] : (s[h - 1] + s[h]) / 2.0;
    }

    public long total() {
        long t = 0;
        for (int p : points) {
            t += p;
        }
        return t;
    }

    /** One line: {@code SET: N structures, points per structure min … median … max …, total …}. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %d structures, points per structure min %d, median %s, max %d, "
            + "total %d", spec, structures(), min(), fmt(median()), max(), total());
    }

    /** CSV text: header {@code structure,formula,atoms,points,total_weight}, one row per structure (0-based). */
    public String csv() {
        StringBuilder b = new StringBuilder("structure,formula,atoms,points,total_weight\n");
        for (int i = 0; i < points.length; i++) {
            b.append(i).append(',').append(formulas[i]).append(',').append(atoms[i]).append(',').append(points[i])
                .append(',').append(String.format(Locale.ROOT, "%.6g", weights[i])).append('\n');
        }
        return b.toString();
    }

    /** Writes {@link #csv()} atomically. */
    public void writeCsv(Path file) {
        AtomicFiles.write(file, out -> out.write(csv().getBytes(StandardCharsets.UTF_8)));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
