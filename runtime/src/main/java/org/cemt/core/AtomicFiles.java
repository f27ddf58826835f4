package org.cemt.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Whole-file writes that never leave a half-written file: write a temporary file beside the target, flush it to
 * disk, then rename it over the target. A crash at any moment leaves either the old file or the new one.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What to write into the temporary file's stream. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically; on any failure the temporary file is removed and the target untouched. */
    public static void write(Path target, Body body) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            keepUsualPermissions(tmp, abs);
            try (var ch = Files.newByteChannel(tmp, java.nio.file.StandardOpenOption.WRITE);
                 OutputStream raw = java.nio.channels.Channels.newOutputStream(ch);
                 OutputStream out = new java.io.BufferedOutputStream(raw, 1 << 16)) {
                body.write(out);
                out.flush();
                if (ch instanceof java.nio.channels.FileChannel fc) {
                    fc.force(true);
                }
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is ours; a failure to remove it must not mask the original error
                }
            }
        }
    }

    /**
     * createTempFile makes owner-only files; a written result should carry the target's permissions if it exists,
     * else the usual rw-r--r--.
     */
    private static void keepUsualPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Writes text (UTF-8) atomically. */
    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
