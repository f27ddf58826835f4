package org.cemt.core;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * cemt's self-describing binary container (model files, checkpoints): a magic word, a kind ("model",
 * "checkpoint"), a format version, then named sections — text (UTF-8, usually JSON) or double arrays stored
 * bit-exactly — and a CRC-32 of everything before it. Written atomically; a corrupt, truncated, foreign or
 * newer-version file is refused with a message naming the file and what is wrong.
 */
public final class SectionFile {
    private static final int MAGIC = 0x43454D54; // "CEMT"
    private static final byte TEXT = 1;
    private static final byte DOUBLES = 2;

    private final String kind;
    private final int version;
    private final Map<String, Object> sections; // String | double[]

    private SectionFile(String kind, int version, Map<String, Object> sections) {
        this.kind = kind;
        this.version = version;
        this.sections = sections;
    }

    /** A new, empty container of a kind and format version. */
    public static SectionFile create(String kind, int version) {
        return new SectionFile(kind, version, new LinkedHashMap<>());
    }

    public String kind() {
        return kind;
    }

    public int version() {
        return version;
    }

    public SectionFile putText(String name, String text) {
        sections.put(name, text);
        return this;
    }

    public SectionFile putDoubles(String name, double[] values) {
        sections.put(name, values.clone());
        return this;
    }

    public boolean has(String name) {
        return sections.containsKey(name);
    }

    /** A text section; throws naming the missing section. */
    public String text(String name, String where) {
        Object v = sections.get(name);
        if (!(v instanceof String s)) {
            throw InputException.of(where, "section " + name, "a text section", v == null ? "none" : "numbers");
        }
        return s;
    }

    public double[] doubles(String name, String where) {
        Object v = sections.get(name);
        if (!(v instanceof double[] d)) {
            throw InputException.of(where, "section " + name, "a number section", v == null ? "none" : "text");
        }
        return d.clone();
    }

    /** Writes atomically (temporary file, flush, rename). */
    public void write(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(kind);
            out.writeInt(version);
            out.writeInt(sections.size());
            for (Map.Entry<String, Object> e : sections.entrySet()) {
                out.writeUTF(e.getKey());
                if (e.getValue() instanceof String s) {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    out.writeByte(TEXT);
                    out.writeInt(b.length);
                    out.write(b);
                } else {
                    double[] d = (double[]) e.getValue();
                    out.writeByte(DOUBLES);
                    out.writeInt(d.length);
                    ByteBuffer buf = ByteBuffer.allocate(8 * d.length);
                    buf.asDoubleBuffer().put(d);
                    out.write(buf.array());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        long sum = crc.getValue();
        AtomicFiles.write(file, o -> {
            o.write(body);
            o.write(ByteBuffer.allocate(8).putLong(sum).array());
        });
    }

    /**
     * Reads a container of the expected kind whose version is at most {@code maxVersion}.
     */
    public static SectionFile read(Path file, String expectedKind, int maxVersion) {
        String where = file.toString();
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(where + ": file not found");
        } catch (IOException e) {
            throw new InputException(where + ": cannot read: " + e.getMessage());
        }
        if (all.length < 12 || ByteBuffer.wrap(all, 0, 4).getInt() != MAGIC) {
            throw InputException.of(where, "header", "a cemt " + expectedKind + " file", "another kind of file");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        long stored = ByteBuffer.wrap(all, all.length - 8, 8).getLong();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 8))) {
            in.readInt();
            String kind = in.readUTF();
            int version = in.readInt();
            if (!kind.equals(expectedKind)) {
                throw InputException.of(where, "kind", "a cemt " + expectedKind + " file", "a " + kind + " file");
            }
            if (version > maxVersion) {
                throw InputException.of(where, "format version", "≤ " + maxVersion
                    + " (written by a newer cemt; upgrade to read it)", version);
            }
            if (crc.getValue() != stored) {
                throw InputException.of(where, "checksum", "an intact file", "a corrupt or truncated file");
            }
            int n = in.readInt();
            Map<String, Object> sections = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte type = in.readByte();
                int len = in.readInt();
                if (type == TEXT) {
                    sections.put(name, new String(in.readNBytes(len), StandardCharsets.UTF_8));
                } else if (type == DOUBLES) {
                    double[] d = new double[len];
                    ByteBuffer.wrap(in.readNBytes(8 * len)).asDoubleBuffer().get(d);
                    sections.put(name, d);
                } else {
                    throw InputException.of(where, "section " + name, "type 1 or 2", type);
                }
            }
            return new SectionFile(kind, version, sections);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw InputException.of(where, "content", "a complete cemt " + expectedKind + " file",
                "a truncated or corrupt file");
        }
    }
}
