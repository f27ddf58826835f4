package org.cemt.structure.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.cemt.structure.Structure;

/**
 * Writes frames one by one into a temporary file beside the target; {@link #close()} flushes it to disk and renames
 * it into place, {@link #abort()} deletes it. So the target is either untouched or complete: on failure call
 * {@code abort()} (then {@code close()} does nothing), e.g.
 * <pre>{@code
 * try (ExtXyzWriter w = ExtXyz.writer(out)) {
 *     try { for (...) w.write(s); } catch (RuntimeException e) { w.abort(); throw e; }
 * }
 * }</pre>
 */
public final class ExtXyzWriter implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final FileChannel channel;
    private final Writer out;
    private final boolean plain;
    private final StringBuilder sb = new StringBuilder(1 << 12);
    private boolean finished;
    private int frames;

    ExtXyzWriter(Path target, boolean plain) {
        this.target = target.toAbsolutePath();
        this.plain = plain;
        Path dir = this.target.getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            tmp = Files.createTempFile(dir, "." + this.target.getFileName(), ".tmp");
            channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
            out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Appends one frame. */
    public ExtXyzWriter write(Structure s) {
        if (finished) {
            throw new IllegalStateException("writer of " + target + " is closed");
        }
        sb.setLength(0);
        FrameFormat.append(sb, s, plain);
        try {
            out.append(sb);
        } catch (IOException e) {
            abort();
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        frames++;
        return this;
    }

    /** Frames written so far. */
    public int frames() {
        return frames;
    }

    /** Drops everything written: the temporary file is deleted, the target left as it was. */
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is being discarded; its close error does not matter
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // a stray temporary file (hidden, .tmp) is the worst outcome; the target is untouched
        }
    }

    /** Flushes to disk and moves the file into place (replacing any old one); nothing after an abort. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            out.flush();
            channel.force(true);
            out.close();
            finished = true;
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            finished = false;
            abort();
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
