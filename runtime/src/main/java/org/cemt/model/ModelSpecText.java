package org.cemt.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cemt.core.InputException;
import org.cemt.gmp.GmpSpec;
import org.cemt.refpoint.CustomPoints;
import org.cemt.refpoint.RefPointSpec;

/** Meaning of the text form's statements (syntax: {@link SpecText}); the other half of {@link ModelSpec}. */
final class ModelSpecText {
    private ModelSpecText() {
    }

    static ModelSpec read(List<SpecText.Statement> statements) {
        ModelSpec.Builder b = ModelSpec.builder();
        for (SpecText.Statement s : statements) {
            try {
                switch (s.name()) {
                    case "refPoints" -> {
                        if (!s.assignment()) {
                            throw SpecText.column(s.column(), "refPoints: expected 'refPoints = SET'");
                        }
                        b.refPoints(refPoints(s.value()));
                    }
                    case "gmp" -> gmp(b, call(s));
                    case "snn" -> snn(b, call(s));
                    default -> throw SpecText.column(s.column(), "expected refPoints, gmp or snn, found '"
                        + s.name() + "'");
                }
            } catch (InputException e) {
                if (e.getMessage().startsWith("model spec: column")) {
                    throw e;
                }
                throw SpecText.column(s.column(), e.getMessage());
            }
        }
        return b.build();
    }

    private static SpecText.Call call(SpecText.Statement s) {
        if (s.assignment() || !(s.value() instanceof SpecText.Call c)) {
            throw SpecText.column(s.column(), s.name() + ": expected '" + s.name() + "(…)'");
        }
        return c;
    }

    private static void gmp(ModelSpec.Builder b, SpecText.Call c) {
        GmpSpec.Builder g = GmpSpec.builder();
        boolean orders = false;
        for (SpecText.Arg a : c.args()) {
            String name = a.name() == null ? "" : a.name();
            switch (name) {
                case "orders" -> {
                    List<Integer> o = new ArrayList<>();
                    for (double d : ModelSpec.doubles(list(a), "orders")) {
                        if (d != Math.rint(d)) {
                            throw SpecText.column(a.column(), "orders: expected whole numbers, found " + d);
                        }
                        o.add((int) d);
                    }
                    g.orders(o);
                    orders = true;
                }
                case "sigmas" -> g.sigmas(ModelSpec.doubles(list(a), "sigmas"));
                case "probes" -> g.probes(switch (word(a)) {
                    case "solid" -> GmpSpec.Probes.SOLID;
                    case "mcsh" -> GmpSpec.Probes.MCSH;
                    default -> throw SpecText.column(a.value().column(), "probes: expected solid or mcsh, found "
                        + word(a));
                });
                case "density" -> g.density(text(a));
                case "square" -> g.square(bool(a));
                default -> throw SpecText.column(a.column(), "gmp: expected orders, sigmas, probes, density or "
                    + "square, found " + (a.name() == null ? "a positional argument" : "'" + a.name() + "'"));
            }
        }
        if (!orders) {
            throw SpecText.column(c.column(), "gmp: expected orders = [...]");
        }
        b.gmp(g.build());
    }

    private static void snn(ModelSpec.Builder b, SpecText.Call c) {
        List<Integer> widths = new ArrayList<>();
        for (SpecText.Arg a : c.args()) {
            if (a.name() == null) {
                if (!(a.value() instanceof SpecText.Num n) || n.value() != Math.rint(n.value())) {
                    throw SpecText.column(a.column(), "snn: expected a whole-number layer width");
                }
                widths.add((int) n.value());
            } else if (a.name().equals("activation")) {
                b.activation(Activation.parse(word(a)));
            } else if (a.name().equals("batchNorm")) {
                b.batchNorm(bool(a));
            } else {
                throw SpecText.column(a.column(), "snn: expected widths, activation or batchNorm, found '"
                    + a.name() + "'");
            }
        }
        b.snn(widths.stream().mapToInt(Integer::intValue).toArray());
    }

    static RefPointSpec refPoints(SpecText.Expr e) {
        if (e instanceof SpecText.Sum s) {
            RefPointSpec[] parts = new RefPointSpec[s.terms().size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = refPoints(s.terms().get(i));
            }
            return RefPointSpec.union(parts);
        }
        if (e instanceof SpecText.Name n) {
            return switch (n.name()) {
                case "atoms" -> RefPointSpec.atoms();
                case "heavyAtoms", "heavy" -> RefPointSpec.heavy();
                case "bondCentres", "bondCenters", "bonds" -> RefPointSpec.bonds();
                case "grid" -> RefPointSpec.grid();
                case "gridAug" -> RefPointSpec.gridAugmented(RefPointSpec.GRID_SPACING, RefPointSpec.GRID_CUT);
                default -> throw SpecText.column(n.column(), "refPoints: expected atoms, heavyAtoms, bondCentres, "
                    + "grid, gridAug, points(...), file(...) or weighted(...), found '" + n.name() + "'");
            };
        }
        if (!(e instanceof SpecText.Call c)) {
            throw SpecText.column(e.column(), "refPoints: expected a reference-point set");
        }
        if (c.name().equals("points")) {
            return CustomPointsText.parse(c);
        }
        List<SpecText.Arg> args = c.args();
        double smooth = 0;
        List<Double> nums = new ArrayList<>();
        for (SpecText.Arg a : args) {
            if ("smooth".equals(a.name())) {
                smooth = number(a);
            } else if (a.name() == null && a.value() instanceof SpecText.Num n) {
                nums.add(n.value());
            } else if (!c.name().equals("file") && !c.name().equals("weighted")) {
                throw SpecText.column(a.column(), c.name() + ": unexpected argument");
            }
        }
        RefPointSpec r = switch (c.name()) {
            case "atoms" -> RefPointSpec.atoms();
            case "heavyAtoms", "heavy" -> RefPointSpec.heavy();
            case "bondCentres", "bondCenters", "bonds" ->
                nums.isEmpty() ? RefPointSpec.bonds() : RefPointSpec.bonds(nums.get(0));
            case "grid", "gridAug" -> {
                double h = nums.size() > 0 ? nums.get(0) : RefPointSpec.GRID_SPACING;
                double cut = nums.size() > 1 ? nums.get(1) : RefPointSpec.GRID_CUT;
                yield c.name().equals("grid") ? RefPointSpec.grid(h, cut) : RefPointSpec.gridAugmented(h, cut);
            }
            case "file" -> {
                if (args.size() != 1 || !(args.get(0).value() instanceof SpecText.Str s)) {
                    throw SpecText.column(c.column(), "file: expected file(\"points.txt\")");
                }
                yield RefPointSpec.custom(CustomPoints.read(Path.of(s.value())));
            }
            case "weighted" -> {
                if (args.size() != 2 || !(args.get(1).value() instanceof SpecText.Num f)) {
                    throw SpecText.column(c.column(), "weighted: expected weighted(SET, FACTOR)");
                }
                yield refPoints(args.get(0).value()).weighted(f.value());
            }
            default -> throw SpecText.column(c.column(), "refPoints: expected atoms, heavyAtoms, bondCentres, grid, "
                + "gridAug, points(...), file(...) or weighted(...), found '" + c.name() + "'");
        };
        return smooth > 0 ? r.withSmoothing(smooth) : r;
    }

    /** Writes a reference-point spec in the text form's call syntax; custom points inline, every number exact. */
    static void printRefPoints(RefPointSpec r, StringBuilder b) {
        boolean weighted = r.factor() != 1;
        if (weighted) {
            b.append("weighted(");
        }
        String smooth = r.smoothWidth() > 0 ? ", smooth = " + r.smoothWidth() : "";
        switch (r.kind()) {
            case ATOMS -> b.append("atoms");
            case HEAVY -> b.append("heavyAtoms");
            case BONDS -> b.append("bondCentres(").append(r.length()).append(smooth).append(')');
            case GRID -> b.append("grid(").append(r.length()).append(", ").append(r.cut()).append(smooth).append(')');
            case GRID_AUG -> b.append("gridAug(").append(r.length()).append(", ").append(r.cut()).append(smooth)
                .append(')');
            case CUSTOM -> CustomPointsText.print(r.customPoints(), b); // inline: the model needs no points file
            case UNION -> {
                List<RefPointSpec> parts = r.parts();
                for (int i = 0; i < parts.size(); i++) {
                    b.append(i == 0 ? "" : " + ");
                    printRefPoints(parts.get(i), b);
                }
            }
        }
        if (weighted) {
            b.append(", ").append(r.factor()).append(')');
        }
    }

    private static List<SpecText.Expr> list(SpecText.Arg a) {
        if (!(a.value() instanceof SpecText.ListOf l)) {
            throw SpecText.column(a.value().column(), a.name() + ": expected a list [...]");
        }
        return l.items();
    }

    private static String word(SpecText.Arg a) {
        if (a.value() instanceof SpecText.Name n) {
            return n.name().toLowerCase(Locale.ROOT);
        }
        if (a.value() instanceof SpecText.Str s) {
            return s.value().toLowerCase(Locale.ROOT);
        }
        throw SpecText.column(a.value().column(), a.name() + ": expected a word");
    }

    private static String text(SpecText.Arg a) {
        if (a.value() instanceof SpecText.Str s) {
            return s.value();
        }
        if (a.value() instanceof SpecText.Name n) {
            return n.name();
        }
        throw SpecText.column(a.value().column(), a.name() + ": expected a quoted name");
    }

    private static boolean bool(SpecText.Arg a) {
        String w = word(a);
        if (w.equals("true") || w.equals("false")) {
            return w.equals("true");
        }
        throw SpecText.column(a.value().column(), a.name() + ": expected true or false, found " + w);
    }

    private static double number(SpecText.Arg a) {
        if (a.value() instanceof SpecText.Num n) {
            return n.value();
        }
        throw SpecText.column(a.value().column(), a.name() + ": expected a number");
    }
}
