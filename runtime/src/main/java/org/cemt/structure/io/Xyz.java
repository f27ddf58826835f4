package org.cemt.structure.io;

import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import org.cemt.structure.Structure;

/**
 * Plain XYZ: per frame an atom count, a free comment line (ignored on reading, empty on writing) and lines
 * {@code symbol x y z} (Å; a symbol or an atomic number; further columns ignored). No cell, energy or forces.
 */
public final class Xyz {
    private Xyz() {
    }

    public static List<Structure> read(Path file) {
        try (ExtXyzReader r = new ExtXyzReader(ExtXyz.reader(file), file.toString(), true)) {
            return ExtXyz.drain(r);
        }
    }

    /** All frames of a text; {@code name} starts error messages. */
    public static List<Structure> read(Reader in, String name) {
        try (ExtXyzReader r = new ExtXyzReader(in, name, true)) {
            return ExtXyz.drain(r);
        }
    }

    /** Streams the frames of a file; close the reader when done. */
    public static ExtXyzReader open(Path file) {
        return new ExtXyzReader(ExtXyz.reader(file), file.toString(), true);
    }

    /** Writes symbols and positions of every frame atomically; anything else the structures hold is dropped. */
    public static void write(Path file, Iterable<Structure> frames) {
        ExtXyz.write(file, frames, true);
    }
}
