package org.cemt.refpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cemt.core.InputException;

/**
 * The text syntax of {@link RefPointSpec} (its class comment), as the CLI's {@code --points} takes it. A part that
 * is not a set name but the path of an existing file reads as {@code file:PATH} (issue 4's {@code --points FILE}).
 */
final class RefPointSyntax {
    static final String EXPECTED = "atoms, heavy, bonds[:CUTOFF], grid[:SPACING[:CUT]], grid-aug[:SPACING[:CUT]], "
        + "file:PATH or an existing points file, optionally FACTOR* before and :smooth=WIDTH after";
    private static final List<String> NAMES = List.of("atoms", "heavy", "bonds", "grid", "grid-aug");

    private RefPointSyntax() {
    }

    static RefPointSpec parse(String text) {
        return parse(text, Path.of(""));
    }

    static RefPointSpec parse(String text, Path base) {
        if (text == null || text.isBlank()) {
            throw InputException.of("--points", "set", EXPECTED, "nothing");
        }
        String[] tokens = text.strip().split("\\+", -1);
        List<RefPointSpec> parts = new ArrayList<>();
        for (int t = 0; t < tokens.length; t++) {
            String where = "--points '" + text + "': part " + (t + 1) + " '" + tokens[t].strip() + "'";
            parts.add(part(tokens[t].strip(), where, base));
        }
        return parts.size() == 1 ? parts.get(0) : RefPointSpec.union(parts.toArray(new RefPointSpec[0]));
    }

    private static RefPointSpec part(String token, String where, Path base) {
        double factor = 1;
        int star = token.indexOf('*');
        if (star >= 0 && !token.startsWith("file:")) {
            factor = number(token.substring(0, star), where, "factor");
            token = token.substring(star + 1);
        }
        if (token.startsWith("file:")) {
            String file = token.substring(5);
            if (file.isEmpty()) {
                throw InputException.of(where, "file", "a path after file:", "nothing");
            }
            Path p = base.resolve(file);
            if (!Files.isRegularFile(p)) {
                throw InputException.of(where, "file", "an existing points file", p);
            }
            return RefPointSpec.custom(CustomPoints.read(p)).weighted(factor);
        }
        if (!token.isEmpty() && !NAMES.contains(token.split(":", -1)[0]) && Files.isRegularFile(base.resolve(token))) {
            return RefPointSpec.custom(CustomPoints.read(base.resolve(token))).weighted(factor);
        }
        String[] f = token.split(":", -1);
        double smooth = 0;
        int args = f.length - 1;
        if (args > 0 && f[args].startsWith("smooth=")) {
            smooth = number(f[args].substring(7), where, "smooth width");
            args--;
        }
        RefPointSpec s;
        try {
            switch (f[0]) {
                case "atoms", "heavy" -> {
                    maxArgs(where, args, 0);
                    if (smooth > 0) {
                        throw InputException.of(where, "smooth", "a bonds or grid part", f[0]);
                    }
                    s = f[0].equals("atoms") ? RefPointSpec.atoms() : RefPointSpec.heavy();
                }
                case "bonds" -> {
                    maxArgs(where, args, 1);
                    s = RefPointSpec.bonds(args >= 1 ? number(f[1], where, "cutoff") : RefPointSpec.BOND_CUTOFF);
                }
                case "grid", "grid-aug" -> {
                    maxArgs(where, args, 2);
                    double h = args >= 1 ? number(f[1], where, "spacing") : RefPointSpec.GRID_SPACING;
                    double c = args >= 2 ? number(f[2], where, "cut") : RefPointSpec.GRID_CUT;
                    s = f[0].equals("grid") ? RefPointSpec.grid(h, c) : RefPointSpec.gridAugmented(h, c);
                }
                default -> throw InputException.of(where, "set", EXPECTED, "'" + f[0] + "'");
            }
            if (smooth > 0) {
                s = s.withSmoothing(smooth);
            }
            return factor == 1 ? s : s.weighted(factor);
        } catch (InputException e) {
            if (e.getMessage().startsWith(where)) {
                throw e;
            }
            throw new InputException(where + ": " + e.getMessage(), e);
        }
    }

    private static void maxArgs(String where, int args, int max) {
        if (args > max) {
            throw InputException.of(where, "arguments", "at most " + max, args);
        }
    }

    private static double number(String text, String where, String field) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InputException.of(where, field, "a number", "'" + text + "'");
    }
}
