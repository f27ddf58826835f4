package org.cemt.model;

import java.util.Arrays;
import java.util.List;
import org.cemt.refpoint.CustomPoints;
import org.cemt.refpoint.RefPointSpec;

/**
 * Custom reference points written inline in the model text form, so that a model file needs no points file and
 * points made in memory can be saved:
 * <pre>
 *   points(xyz = [[x, y, z], …], weights = [w, …], atoms = [k, …])
 * </pre>
 * (x, y, z) in Å is the position of a point fixed in space, or its offset from atom k (0-based) when attached;
 * k = −1 for a fixed point. {@code weights} defaults to 1 per point and {@code atoms} to all fixed, as in the
 * points file ({@link CustomPoints}). Numbers print as {@link Double#toString}, which reads back to the same bits.
 */
final class CustomPointsText {
    /** Origin of points read from the text form. */
    static final String ORIGIN = "spec text";

    private CustomPointsText() {
    }

    /** Appends {@code points(…)} with every coordinate, weight and, if any point is attached, every atom. */
    static void print(CustomPoints c, StringBuilder b) {
        double[] x = c.coordinates();
        double[] w = c.weights();
        int[] k = c.atoms();
        b.append("points(xyz = [");
        for (int i = 0; i < w.length; i++) {
            b.append(i == 0 ? "[" : ", [").append(x[3 * i]).append(", ").append(x[3 * i + 1]).append(", ")
                .append(x[3 * i + 2]).append(']');
        }
        b.append("], weights = [");
        for (int i = 0; i < w.length; i++) {
            b.append(i == 0 ? "" : ", ").append(w[i]);
        }
        b.append(']');
        if (Arrays.stream(k).anyMatch(a -> a >= 0)) {
            b.append(", atoms = [");
            for (int i = 0; i < k.length; i++) {
                b.append(i == 0 ? "" : ", ").append(k[i]);
            }
            b.append(']');
        }
        b.append(')');
    }

    /** Reads {@code points(…)}; errors name the column of the offending argument or item. */
    static RefPointSpec parse(SpecText.Call c) {
        double[] xyz = null;
        double[] weights = null;
        int[] atoms = null;
        SpecText.Arg weightsArg = null, atomsArg = null;
        for (SpecText.Arg a : c.args()) {
            String name = a.name() == null ? "" : a.name();
            switch (name) {
                case "xyz" -> {
                    once(xyz, a);
                    xyz = triples(a);
                }
                case "weights" -> {
                    once(weights, a);
                    weights = numbers(a);
                    weightsArg = a;
                }
                case "atoms" -> {
                    once(atoms, a);
                    atoms = indices(a);
                    atomsArg = a;
                }
                default -> throw SpecText.column(a.column(), "points: expected xyz, weights or atoms, found "
                    + (a.name() == null ? "a positional argument" : "'" + a.name() + "'"));
            }
        }
        if (xyz == null) {
            throw SpecText.column(c.column(), "points: expected xyz = [[x, y, z], …]");
        }
        int m = xyz.length / 3;
        if (weights == null) {
            weights = new double[m];
            Arrays.fill(weights, 1);
        } else if (weights.length != m) {
            throw SpecText.column(weightsArg.value().column(), "points: weights: expected " + m
                + " numbers (one per point), found " + weights.length);
        }
        if (atoms != null && atoms.length != m) {
            throw SpecText.column(atomsArg.value().column(), "points: atoms: expected " + m
                + " indices (one per point), found " + atoms.length);
        }
        return RefPointSpec.custom(CustomPoints.of(xyz, weights, atoms).withOrigin(ORIGIN));
    }

    private static void once(Object seen, SpecText.Arg a) {
        if (seen != null) {
            throw SpecText.column(a.column(), "points: " + a.name() + ": expected once, found twice");
        }
    }

    private static double[] triples(SpecText.Arg a) {
        List<SpecText.Expr> items = list(a, "[[x, y, z], …]");
        if (items.isEmpty()) {
            throw SpecText.column(a.value().column(), "points: xyz: expected at least one point [x, y, z], "
                + "found none");
        }
        double[] out = new double[3 * items.size()];
        for (int i = 0; i < items.size(); i++) {
            SpecText.Expr e = items.get(i);
            if (!(e instanceof SpecText.ListOf p) || p.items().size() != 3) {
                throw SpecText.column(e.column(), "points: xyz: point " + i + ": expected [x, y, z], found "
                    + (e instanceof SpecText.ListOf p ? p.items().size() + " numbers" : "no list"));
            }
            for (int k = 0; k < 3; k++) {
                out[3 * i + k] = finite(p.items().get(k), "xyz: point " + i);
            }
        }
        return out;
    }

    private static double[] numbers(SpecText.Arg a) {
        List<SpecText.Expr> items = list(a, "[w, …]");
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = finite(items.get(i), "weights: point " + i);
        }
        return out;
    }

    private static int[] indices(SpecText.Arg a) {
        List<SpecText.Expr> items = list(a, "[k, …]");
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            SpecText.Expr e = items.get(i);
            double v = e instanceof SpecText.Num n ? n.value() : Double.NaN;
            if (!(v >= -1) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                throw SpecText.column(e.column(), "points: atoms: point " + i + ": expected an atom index ≥ 0 "
                    + "or −1 (fixed), found " + (e instanceof SpecText.Num n ? n.text() : "no number"));
            }
            out[i] = (int) v;
        }
        return out;
    }

    private static double finite(SpecText.Expr e, String field) {
        if (!(e instanceof SpecText.Num n) || !Double.isFinite(n.value())) {
            throw SpecText.column(e.column(), "points: " + field + ": expected a finite number, found "
                + (e instanceof SpecText.Num n ? n.text() : e instanceof SpecText.Name n ? n.name() : "no number"));
        }
        return n.value();
    }

    private static List<SpecText.Expr> list(SpecText.Arg a, String shape) {
        if (!(a.value() instanceof SpecText.ListOf l)) {
            throw SpecText.column(a.value().column(), "points: " + a.name() + ": expected a list " + shape);
        }
        return l.items();
    }
}
