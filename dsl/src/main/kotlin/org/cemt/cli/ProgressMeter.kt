package org.cemt.cli

import java.io.PrintWriter
import java.util.Locale

/**
 * A one-line progress bar on stderr (a bare count when [total] is unknown, ≤ 0): silent for the first second, then
 * redrawn at most ten times a second, so quick runs print nothing. [done] ends the line if one was drawn.
 */
class ProgressMeter(private val err: PrintWriter, private val label: String, private val total: Long, private val unit: String) {
    private val start = System.nanoTime()
    private var lastDraw = 0L
    private var drawn = false

    /** Seconds since the meter was made. */
    fun elapsedSeconds(): Double = (System.nanoTime() - start) / 1e9

    fun update(count: Long) {
        val now = System.nanoTime()
        if (now - start < 1_000_000_000L || now - lastDraw < 100_000_000L) return
        lastDraw = now
        drawn = true
        if (total <= 0) {
            err.print("\r$label $count $unit")
            err.flush()
            return
        }
        val percent = 100.0 * count / total
        val width = 30
        val filled = (width * percent / 100).toInt().coerceIn(0, width)
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3.0f%% %d/%d %s", label, "#".repeat(filled),
            " ".repeat(width - filled), percent, count, total, unit))
        err.flush()
    }

    fun done() {
        if (drawn) {
            err.println()
            err.flush()
        }
    }
}
