package org.cemt.structure.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cemt.core.AtomicFiles;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * Extended XYZ as ASE reads and writes it (ase/io/extxyz.py): per frame an atom count, a comment line of key=value
 * pairs ({@code Lattice}, {@code Properties}, {@code pbc}, {@code energy}, {@code stress}, anything else kept as
 * text info) and one line per atom. A {@code forces} column becomes {@link Structure#FORCES}. Writing what was read
 * and reading it again gives equal structures. Malformed input: {@link InputException}
 * {@code file:line: field: expected …, found …}.
 */
public final class ExtXyz {
    private ExtXyz() {
    }

    /** All frames of a file. */
    public static List<Structure> read(Path file) {
        try (ExtXyzReader r = open(file)) {
            return drain(r);
        }
    }

    /** All frames of a text; {@code name} starts error messages. */
    public static List<Structure> read(Reader in, String name) {
        try (ExtXyzReader r = open(in, name)) {
            return drain(r);
        }
    }

    /** All frames of UTF-8 bytes; {@code name} starts error messages. */
    public static List<Structure> read(InputStream in, String name) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** Parses a text holding frames, e.g. from {@link #format}. */
    public static List<Structure> parse(String text, String name) {
        return read(new java.io.StringReader(text), name);
    }

    /** Streams the frames of a file, one in memory at a time; close the reader when done. */
    public static ExtXyzReader open(Path file) {
        return new ExtXyzReader(reader(file), file.toString(), false);
    }

    /** Streams the frames of a text; {@code name} starts error messages. */
    public static ExtXyzReader open(Reader in, String name) {
        return new ExtXyzReader(in, name, false);
    }

    /** Streams the frames of UTF-8 bytes; {@code name} starts error messages. */
    public static ExtXyzReader open(InputStream in, String name) {
        return open(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    }

    /** Writes all frames to {@code file} atomically (a temporary file renamed into place). */
    public static void write(Path file, Iterable<Structure> frames) {
        write(file, frames, false);
    }

    /** Writes all frames atomically; plain: plain XYZ frames ({@link Xyz}), see {@link FrameFormat#append}. */
    static void write(Path file, Iterable<Structure> frames, boolean plain) {
        AtomicFiles.write(file, out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder(1 << 12);
            for (Structure s : frames) {
                sb.setLength(0);
                FrameFormat.append(sb, s, plain);
                w.append(sb);
            }
            w.flush();
        });
    }

    /** A streaming writer: frames go to a temporary file, moved to {@code file} on close. */
    public static ExtXyzWriter writer(Path file) {
        return new ExtXyzWriter(file, false);
    }

    /** One frame as extended XYZ text (ending in a newline). */
    public static String format(Structure s) {
        StringBuilder sb = new StringBuilder();
        FrameFormat.append(sb, s, false);
        return sb.toString();
    }

    static List<Structure> drain(ExtXyzReader r) {
        List<Structure> out = new ArrayList<>();
        while (r.hasNext()) {
            out.add(r.next());
        }
        return out;
    }

    /** A UTF-8 reader of a file; a missing file is bad input. */
    static Reader reader(Path file) {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.of(file.toString(), "file", "an existing file", "none");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
