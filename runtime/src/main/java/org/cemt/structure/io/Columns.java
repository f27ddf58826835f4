package org.cemt.structure.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cemt.core.InputException;
import org.cemt.structure.AtomArray;

/**
 * The per-atom column layout an extended XYZ {@code Properties=name:type:width:...} value declares, e.g.
 * {@code species:S:1:pos:R:3:forces:R:3}. Types S (string), R (real), I (integer), L (logical, T/F).
 */
final class Columns {
    /** ASE's layout when a frame has no Properties key. */
    static final String DEFAULT = "species:S:1:pos:R:3";

    /** One declared column. */
    record Column(String name, AtomArray.Type type, int width) {
        String describe() {
            String what = switch (type) {
                case S -> "string";
                case R -> "real";
                case I -> "integer";
                case L -> "logical";
            };
            return width + " " + what + (width == 1 ? "" : "s");
        }
    }

    final List<Column> columns;
    final int total;
    final String text;

    private Columns(List<Column> columns, String text) {
        this.columns = List.copyOf(columns);
        int t = 0;
        for (Column c : columns) {
            t += c.width;
        }
        this.total = t;
        this.text = text;
    }

    /** Parses a Properties value; {@code where} ("file:line") prefixes any error. */
    static Columns parse(String value, String where) {
        String[] parts = value.split(":", -1);
        if (parts.length % 3 != 0 || value.isEmpty()) {
            throw InputException.of(where, "Properties", "name:type:width triples", "'" + value + "'");
        }
        List<Column> cols = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.length; i += 3) {
            String name = parts[i];
            if (name.isEmpty() || !seen.add(name)) {
                throw InputException.of(where, "Properties", "distinct non-empty column names",
                    "'" + name + "' in '" + value + "'");
            }
            AtomArray.Type type;
            switch (parts[i + 1]) {
                case "S" -> type = AtomArray.Type.S;
                case "R" -> type = AtomArray.Type.R;
                case "I" -> type = AtomArray.Type.I;
                case "L" -> type = AtomArray.Type.L;
                default -> throw InputException.of(where, "Properties", "type S, R, I or L for column " + name,
                    "'" + parts[i + 1] + "'");
            }
            int width;
            try {
                width = Integer.parseInt(parts[i + 2]);
            } catch (NumberFormatException e) {
                width = -1;
            }
            if (width < 1) {
                throw InputException.of(where, "Properties", "a positive width for column " + name,
                    "'" + parts[i + 2] + "'");
            }
            cols.add(new Column(name, type, width));
        }
        return new Columns(cols, value);
    }

    /** The column called {@code name}, or null. */
    Column find(String name) {
        for (Column c : columns) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
