package org.cemt.structure.io;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cemt.core.InputException;
import org.cemt.structure.AtomArray;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * Writes one frame as extended XYZ text in ASE's layout: {@code Lattice="…"} (when the cell has vectors),
 * {@code Properties=species:S:1:pos:R:3:…}, info pairs, {@code energy=}, {@code stress="…"} (9 values),
 * {@code pbc="…"}. Reals are written with {@link Double#toString}, which parses back to the identical double, so a
 * read–write–read cycle is exact.
 */
final class FrameFormat {
    private static final List<String> RESERVED_KEYS =
        List.of(FrameHeader.LATTICE, FrameHeader.PROPERTIES, FrameHeader.PBC, FrameHeader.ENERGY, FrameHeader.STRESS);
    private static final Set<String> RESERVED_COLUMNS = Set.of("species", "pos", "Z");

    private FrameFormat() {
    }

    /** Appends the frame to {@code sb}; plain: a plain XYZ frame (symbols and positions, empty comment). */
    static void append(StringBuilder sb, Structure s, boolean plain) {
        int n = s.size();
        sb.append(n).append('\n');
        if (!plain) {
            appendComment(sb, s);
        }
        sb.append('\n');
        AtomArray[] arrays = (plain ? Map.<String, AtomArray>of() : s.arrays()).values().toArray(new AtomArray[0]);
        Object[] data = new Object[arrays.length]; // copied once per frame, not per atom
        for (int c = 0; c < arrays.length; c++) {
            AtomArray a = arrays[c];
            data[c] = switch (a.type()) {
                case R -> a.reals();
                case I -> a.ints();
                case L -> a.logicals();
                case S -> a.strings();
            };
            if (a.type() == AtomArray.Type.S) {
                for (String v : (String[]) data[c]) {
                    if (v.isEmpty() || v.chars().anyMatch(ch -> ch <= ' ')) {
                        throw InputException.of("extxyz writer", "per-atom array " + a.name(),
                            "strings without blanks", "'" + v + "'");
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            String sym = s.symbol(i);
            sb.append(sym);
            for (int p = sym.length(); p < 3; p++) {
                sb.append(' ');
            }
            for (int k = 0; k < 3; k++) {
                sb.append(' ').append(s.position(i, k));
            }
            for (int c = 0; c < arrays.length; c++) {
                appendValues(sb, arrays[c], data[c], i);
            }
            sb.append('\n');
        }
    }

    private static void appendComment(StringBuilder sb, Structure s) {
        Cell cell = s.cell();
        if (!cell.isEmpty()) {
            sb.append("Lattice=\"");
            for (int v = 0; v < 3; v++) {
                for (int k = 0; k < 3; k++) {
                    sb.append(v + k == 0 ? "" : " ").append(cell.vector(v, k));
                }
            }
            sb.append("\" ");
        }
        sb.append("Properties=species:S:1:pos:R:3");
        for (AtomArray a : s.arrays().values()) {
            if (RESERVED_COLUMNS.contains(a.name()) || !validKey(a.name()) || a.name().indexOf(':') >= 0) {
                throw InputException.of("extxyz writer", "per-atom array", "a name without blanks, ':', '=' or "
                    + "quotes, other than species, pos and Z", "'" + a.name() + "'");
            }
            sb.append(':').append(a.name()).append(':').append(a.type()).append(':').append(a.width());
        }
        for (Map.Entry<String, String> e : s.info().entrySet()) {
            String key = e.getKey();
            if (RESERVED_KEYS.contains(key) || !validKey(key)) {
                throw InputException.of("extxyz writer", "info key", "a key without blanks, '=' or quotes, other "
                    + "than " + String.join(", ", RESERVED_KEYS), "'" + key + "'");
            }
            sb.append(' ').append(key).append('=');
            CommentLine.appendValue(sb, e.getValue());
        }
        if (s.hasEnergy()) {
            sb.append(" energy=").append(s.energy());
        }
        if (s.hasStress()) {
            double[] st = s.stress();
            sb.append(" stress=\"");
            for (int k = 0; k < 9; k++) {
                sb.append(k == 0 ? "" : " ").append(st[k]);
            }
            sb.append('"');
        }
        boolean[] pbc = cell.pbc();
        sb.append(" pbc=\"").append(pbc[0] ? 'T' : 'F').append(' ').append(pbc[1] ? 'T' : 'F').append(' ')
            .append(pbc[2] ? 'T' : 'F').append('"');
    }

    private static boolean validKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c == '=' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static void appendValues(StringBuilder sb, AtomArray a, Object data, int atom) {
        int w = a.width();
        switch (a.type()) {
            case R -> {
                double[] v = (double[]) data;
                for (int k = 0; k < w; k++) {
                    sb.append(' ').append(v[w * atom + k]);
                }
            }
            case I -> {
                long[] v = (long[]) data;
                for (int k = 0; k < w; k++) {
                    sb.append(' ').append(v[w * atom + k]);
                }
            }
            case L -> {
                boolean[] v = (boolean[]) data;
                for (int k = 0; k < w; k++) {
                    sb.append(' ').append(v[w * atom + k] ? 'T' : 'F');
                }
            }
            case S -> {
                String[] v = (String[]) data;
                for (int k = 0; k < w; k++) {
                    sb.append(' ').append(v[w * atom + k]);
                }
            }
        }
    }
}
