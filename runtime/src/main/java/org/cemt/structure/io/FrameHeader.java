package org.cemt.structure.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemt.core.InputException;
import org.cemt.structure.Cell;

/**
 * What an extended XYZ comment line says about its frame: the column layout (Properties), the cell (Lattice rows
 * = lattice vectors, Å; pbc), energy (eV), stress (eV/Å³, 9 or 6 values) and the remaining pairs as text info.
 * pbc defaults to "T T T" when a Lattice is given and to "F F F" otherwise, as in ASE.
 */
final class FrameHeader {
    static final String LATTICE = "Lattice";
    static final String PROPERTIES = "Properties";
    static final String PBC = "pbc";
    static final String ENERGY = "energy";
    static final String STRESS = "stress";

    final Columns columns;
    final Cell cell;
    final double energy; // NaN when absent
    final double[] stress; // null when absent
    final Map<String, String> info;

    private FrameHeader(Columns columns, Cell cell, double energy, double[] stress, Map<String, String> info) {
        this.columns = columns;
        this.cell = cell;
        this.energy = energy;
        this.stress = stress;
        this.info = info;
    }

    /** Parses one comment line; {@code where} ("file:line") prefixes any error. */
    static FrameHeader parse(String line, String where) {
        Map<String, String> kv = CommentLine.parse(line, where);
        Map<String, String> info = new LinkedHashMap<>();
        String lattice = null, pbcText = null, properties = null, energyText = null, stressText = null;
        for (Map.Entry<String, String> e : kv.entrySet()) {
            switch (e.getKey()) {
                case LATTICE -> lattice = e.getValue();
                case PBC -> pbcText = e.getValue();
                case PROPERTIES -> properties = e.getValue();
                case ENERGY -> energyText = e.getValue();
                case STRESS -> stressText = e.getValue();
                default -> info.put(e.getKey(), e.getValue());
            }
        }
        Columns columns = Columns.parse(properties == null ? Columns.DEFAULT : properties, where);
        double[] rows = lattice == null ? new double[9] : reals(lattice, where, LATTICE, 9, 9);
        boolean[] pbc = pbcText == null ? new boolean[] {lattice != null, lattice != null, lattice != null}
            : flags(pbcText, where);
        Cell cell;
        try {
            cell = lattice == null && !pbc[0] && !pbc[1] && !pbc[2] ? Cell.NONE : Cell.of(rows, pbc);
        } catch (InputException e) {
            throw new InputException(where + ": " + e.getMessage(), e);
        }
        double energy = energyText == null ? Double.NaN : reals(energyText, where, ENERGY, 1, 1)[0];
        double[] stress = stressText == null ? null : reals(stressText, where, STRESS, 6, 9);
        return new FrameHeader(columns, cell, energy, stress, info);
    }

    /** Blank-separated finite reals, {@code n1} or {@code n2} of them. */
    static double[] reals(String text, String where, String field, int n1, int n2) {
        List<String> tokens = tokens(text);
        String expected = (n1 == n2 ? n1 + "" : n1 + " or " + n2) + (n2 == 1 ? " finite real" : " finite reals");
        if (tokens.size() != n1 && tokens.size() != n2) {
            throw InputException.of(where, field, expected, tokens.size() + " values in '" + text + "'");
        }
        double[] out = new double[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parseFinite(tokens.get(i));
            if (Double.isNaN(out[i])) {
                throw InputException.of(where, field, expected, "'" + tokens.get(i) + "' in '" + text + "'");
            }
        }
        return out;
    }

    /** Three periodic flags T/F (also True/False, any case). */
    static boolean[] flags(String text, String where) {
        List<String> tokens = tokens(text);
        boolean[] out = new boolean[3];
        boolean ok = tokens.size() == 3;
        for (int i = 0; ok && i < 3; i++) {
            Boolean b = logical(tokens.get(i));
            ok = b != null;
            out[i] = ok && b;
        }
        if (!ok) {
            throw InputException.of(where, PBC, "3 flags T or F", "'" + text + "'");
        }
        return out;
    }

    /** T/F/True/False in any case; null for anything else. */
    static Boolean logical(String s) {
        if (s.equalsIgnoreCase("T") || s.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (s.equalsIgnoreCase("F") || s.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** A finite real, or NaN for anything else (text that is not a number, NaN, ±infinity). */
    static double parseFinite(String s) {
        char last = s.isEmpty() ? 'x' : s.charAt(s.length() - 1);
        if (!(last >= '0' && last <= '9' || last == '.') || s.indexOf('x') >= 0 || s.indexOf('X') >= 0) {
            return Double.NaN; // Java alone would take "1f", "1d", "Infinity", hex "0x1p3"
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length(), i = 0;
        while (i < n) {
            while (i < n && CommentLine.isBlank(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !CommentLine.isBlank(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(text.substring(s, i));
            }
        }
        return out;
    }
}
