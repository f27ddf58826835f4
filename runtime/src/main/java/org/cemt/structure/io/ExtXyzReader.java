package org.cemt.structure.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.structure.AtomArray;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * Streams the frames of an extended (or plain) XYZ text one at a time: memory holds one frame, whatever the file
 * size. A frame is an atom-count line, a comment line ({@link FrameHeader}) and one line per atom whose blank-
 * separated columns follow the Properties layout. Errors read {@code name:line: field: expected …, found …}.
 * Close it (try-with-resources) to release the file.
 */
public final class ExtXyzReader implements Iterator<Structure>, AutoCloseable {
    private final BufferedReader in;
    private final String name;
    private final boolean plain;
    private int lineNo;
    private Structure next;
    private boolean done;
    // token bounds of the current atom line, reused
    private int[] tokStart = new int[16];
    private int[] tokEnd = new int[16];
    // the species token last seen and its atomic number (per frame: a Z column and a symbol column differ)
    private String lastSymbol;
    private int lastZ;

    /** Reads from {@code in}; {@code name} (a file name) starts every error message. plain: ignore comment lines. */
    ExtXyzReader(Reader in, String name, boolean plain) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.name = name;
        this.plain = plain;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = readFrame();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public Structure next() {
        if (!hasNext()) {
            throw new NoSuchElementException(name + ": no more frames");
        }
        Structure s = next;
        next = null;
        return s;
    }

    @Override
    public void close() {
        done = true;
        next = null;
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    private String where(int line) {
        return name + ":" + line;
    }

    private String readLine() {
        try {
            String s = in.readLine();
            if (s != null) {
                lineNo++;
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + (lineNo + 1) + ": " + e.getMessage(), e);
        }
    }

    private Structure readFrame() {
        String countLine;
        do {
            countLine = readLine();
            if (countLine == null) {
                return null;
            }
        } while (countLine.isBlank()); // blank lines between frames and at the end are tolerated
        int n = parseCount(countLine.strip());
        String comment = readLine();
        if (comment == null) {
            throw InputException.of(where(lineNo + 1), "comment line", "a comment line after the atom count",
                "end of file");
        }
        String headerWhere = where(lineNo);
        FrameHeader h = plain ? FrameHeader.parse("", headerWhere) : FrameHeader.parse(comment, headerWhere);
        Columns cols = h.columns;
        Columns.Column species = cols.find("species");
        Columns.Column z = cols.find("Z");
        Columns.Column pos = cols.find("pos");
        if (species == null && z == null || species != null && (species.type() != AtomArray.Type.S
            || species.width() != 1) || z != null && (z.type() != AtomArray.Type.I || z.width() != 1)) {
            throw InputException.of(headerWhere, "Properties", "a species:S:1 or Z:I:1 column", "'"
                + cols.text + "'");
        }
        if (pos == null || pos.type() != AtomArray.Type.R || pos.width() != 3) {
            throw InputException.of(headerWhere, "Properties", "a pos:R:3 column", "'" + cols.text + "'");
        }
        Columns.Column numCol = species != null ? species : z;
        lastSymbol = null;
        int ncol = cols.columns.size();
        Object[] data = new Object[ncol];
        // grown as atom lines arrive, so a corrupt count cannot allocate more than the file holds
        int cap = Math.min(n, 1 << 12);
        resize(data, cols, numCol, cap);
        for (int a = 0; a < n; a++) {
            String line = readLine();
            if (line == null) {
                throw InputException.of(where(lineNo + 1), "atom " + (a + 1) + " of " + n, "an atom line",
                    "end of file");
            }
            if (a == cap) {
                cap = (int) Math.min(n, 2L * cap);
                resize(data, cols, numCol, cap);
            }
            parseAtom(line, a, cols, numCol, data);
        }
        int[] numbers = (int[]) data[cols.columns.indexOf(numCol)];
        if (species != null && z != null) {
            checkAgree(numbers, (long[]) data[cols.columns.indexOf(z)], lineNo - n);
        }
        Structure.Builder b = Structure.builder(numbers, (double[]) data[cols.columns.indexOf(pos)]);
        b.cell(plain ? Cell.NONE : h.cell);
        try {
            if (!Double.isNaN(h.energy)) {
                b.energy(h.energy);
            }
            if (h.stress != null) {
                b.stress(h.stress);
            }
            h.info.forEach(b::info);
            for (int c = 0; c < ncol; c++) {
                Columns.Column col = cols.columns.get(c);
                if (col == species || col == pos || col == z) {
                    continue;
                }
                b.array(switch (col.type()) {
                    case S -> AtomArray.strings(col.name(), col.width(), (String[]) data[c]);
                    case R -> AtomArray.reals(col.name(), col.width(), (double[]) data[c]);
                    case I -> AtomArray.ints(col.name(), col.width(), (long[]) data[c]);
                    case L -> AtomArray.logicals(col.name(), col.width(), (boolean[]) data[c]);
                });
            }
            return b.build();
        } catch (InputException e) {
            throw new InputException(headerWhere + ": " + e.getMessage(), e);
        }
    }

    /** Allocates (first call) or copies every column's data to hold {@code atoms} atoms. */
    private static void resize(Object[] data, Columns cols, Columns.Column numCol, int atoms) {
        for (int c = 0; c < data.length; c++) {
            Columns.Column col = cols.columns.get(c);
            int len = atoms * col.width();
            Object d = data[c];
            data[c] = col == numCol ? (d == null ? new int[atoms] : Arrays.copyOf((int[]) d, atoms))
                : switch (col.type()) {
                    case S -> d == null ? new String[len] : Arrays.copyOf((String[]) d, len);
                    case R -> d == null ? new double[len] : Arrays.copyOf((double[]) d, len);
                    case I -> d == null ? new long[len] : Arrays.copyOf((long[]) d, len);
                    case L -> d == null ? new boolean[len] : Arrays.copyOf((boolean[]) d, len);
                };
        }
    }

    private int parseCount(String s) {
        int n = -1;
        if (!s.isEmpty() && s.length() < 10) {
            n = 0;
            for (int i = 0; i < s.length() && n >= 0; i++) {
                char c = s.charAt(i);
                n = c >= '0' && c <= '9' ? 10 * n + (c - '0') : -1;
            }
        }
        if (n < 0) {
            throw InputException.of(where(lineNo), "atom count", "a non-negative integer", "'" + s + "'");
        }
        return n;
    }

    private void parseAtom(String line, int atom, Columns cols, Columns.Column numCol, Object[] data) {
        int ntok = tokenize(line);
        int t = 0;
        for (int c = 0; c < cols.columns.size(); c++) {
            Columns.Column col = cols.columns.get(c);
            int w = col.width();
            if (t + w > ntok) {
                throw InputException.of(where(lineNo), col.name(), col.describe(), Math.max(0, ntok - t));
            }
            int base = atom * w;
            if (col == numCol) {
                int len = tokEnd[t] - tokStart[t];
                if (lastSymbol != null && lastSymbol.length() == len
                    && line.regionMatches(tokStart[t], lastSymbol, 0, len)) {
                    ((int[]) data[c])[atom] = lastZ; // runs of one element need no table lookup
                } else {
                    lastSymbol = line.substring(tokStart[t], tokEnd[t]);
                    lastZ = element(lastSymbol, col);
                    ((int[]) data[c])[atom] = lastZ;
                }
                t += w;
                continue;
            }
            switch (col.type()) {
                case S -> {
                    String[] d = (String[]) data[c];
                    for (int k = 0; k < w; k++) {
                        d[base + k] = line.substring(tokStart[t + k], tokEnd[t + k]);
                    }
                }
                case R -> {
                    double[] d = (double[]) data[c];
                    for (int k = 0; k < w; k++) {
                        double v = Reals.parse(line, tokStart[t + k], tokEnd[t + k]);
                        if (Double.isNaN(v)) {
                            throw InputException.of(where(lineNo), col.name(), "finite reals",
                                "'" + line.substring(tokStart[t + k], tokEnd[t + k]) + "'");
                        }
                        d[base + k] = v;
                    }
                }
                case I -> {
                    long[] d = (long[]) data[c];
                    for (int k = 0; k < w; k++) {
                        String s = line.substring(tokStart[t + k], tokEnd[t + k]);
                        try {
                            d[base + k] = Long.parseLong(s);
                        } catch (NumberFormatException e) {
                            throw InputException.of(where(lineNo), col.name(), "integers", "'" + s + "'");
                        }
                    }
                }
                case L -> {
                    boolean[] d = (boolean[]) data[c];
                    for (int k = 0; k < w; k++) {
                        String s = line.substring(tokStart[t + k], tokEnd[t + k]);
                        Boolean b = FrameHeader.logical(s);
                        if (b == null) {
                            throw InputException.of(where(lineNo), col.name(), "logicals T or F", "'" + s + "'");
                        }
                        d[base + k] = b;
                    }
                }
            }
            t += w;
        }
        if (ntok > t && !plain) {
            throw InputException.of(where(lineNo), "atom line", t + " columns (Properties=" + cols.text + ")",
                ntok);
        }
    }

    /** Atomic number from a symbol ("Au") or a number ("79"); a Z column takes numbers only. */
    private int element(String s, Columns.Column col) {
        int z = col.type() == AtomArray.Type.S ? Element.numberOrMinusOne(s) : -1;
        if (z < 0 && !s.isEmpty() && s.length() <= 3 && Character.isDigit(s.charAt(0))) {
            try {
                int v = Integer.parseInt(s);
                z = v >= 1 && v <= Element.MAX_Z ? v : -1;
            } catch (NumberFormatException e) {
                z = -1;
            }
        }
        if (z < 0) {
            throw InputException.of(where(lineNo), col.name(), (col.type() == AtomArray.Type.S
                ? "a chemical symbol H..Pu or " : "") + "an atomic number 1.." + Element.MAX_Z, "'" + s + "'");
        }
        return z;
    }

    private void checkAgree(int[] numbers, long[] z, int firstAtomLine) {
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] != z[i]) {
                throw InputException.of(where(firstAtomLine + i + 1), "Z", numbers[i] + " (species "
                    + Element.symbol(numbers[i]) + ")", z[i]);
            }
        }
    }

    /** Splits at blanks into tokStart/tokEnd; returns the token count. */
    private int tokenize(String line) {
        int n = line.length(), i = 0, count = 0;
        while (true) {
            while (i < n && CommentLine.isBlank(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return count;
            }
            if (count == tokStart.length) {
                tokStart = Arrays.copyOf(tokStart, 2 * count);
                tokEnd = Arrays.copyOf(tokEnd, 2 * count);
            }
            tokStart[count] = i;
            while (i < n && !CommentLine.isBlank(line.charAt(i))) {
                i++;
            }
            tokEnd[count++] = i;
        }
    }
}
