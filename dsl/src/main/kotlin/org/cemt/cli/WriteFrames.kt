package org.cemt.cli

import org.cemt.structure.io.ExtXyz
import org.cemt.structure.io.ExtXyzWriter
import java.nio.file.Path

/**
 * Streams frames to the extended XYZ file [out] through [block]: on an exception the writer is aborted, so [out] is
 * either complete or untouched, and the exception goes on; [meter] is ended either way.
 */
internal fun writeFrames(out: Path, meter: ProgressMeter, block: (ExtXyzWriter) -> Unit) {
    ExtXyz.writer(out).use { w ->
        try {
            block(w)
        } catch (e: RuntimeException) {
            w.abort()
            throw e
        } finally {
            meter.done()
        }
    }
}
