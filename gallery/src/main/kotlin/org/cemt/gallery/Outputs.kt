package org.cemt.gallery

import java.nio.file.Files
import java.nio.file.Path
import java.util.Locale
import org.cemt.core.AtomicFiles
import org.cemt.core.ComputationException
import org.cemt.plot.Figure

/**
 * Writes one figure's files into `outDir/<name>/`: plots as PNG + SVG, tables as CSV, each atomically. A CSV refuses
 * rows of the wrong width and non-finite numbers, and quotes text cells holding commas (RFC 4180), so a finished file is complete and finite.
 */
class Outputs(outDir: Path, private val name: String) {
    val dir: Path = outDir.resolve(name)
    private val written = ArrayList<Written>()

    init {
        Files.createDirectories(dir)
    }

    /** Saves [figure] as `<name><suffix>.png` and `.svg`. */
    fun plot(figure: Figure, suffix: String = "") {
        val base = name + suffix
        written.add(Written(figure.save(dir.resolve("$base.svg"))))
        written.add(Written(figure.save(dir.resolve("$base.png")), figure.width, figure.height))
    }

    /** Writes `<name><suffix>.csv`: [header] then [rows] (numbers as %.6g, text as is). */
    fun csv(header: List<String>, rows: List<List<Any>>, suffix: String = "") {
        val file = dir.resolve("$name$suffix.csv")
        val b = StringBuilder(header.joinToString(",")).append('\n')
        rows.forEachIndexed { r, row ->
            if (row.size != header.size) {
                throw ComputationException("$file: row ${r + 1}: expected ${header.size} values, found ${row.size}")
            }
            b.append(row.joinToString(",") { cell(file, r, it) }).append('\n')
        }
        AtomicFiles.writeString(file, b.toString())
        written.add(Written(file))
    }

    fun files(): List<Written> = written.toList()

    private fun cell(file: Path, r: Int, v: Any): String = when (v) {
        is Double -> {
            if (!v.isFinite()) {
                throw ComputationException("$file: row ${r + 1}: expected finite numbers, found $v")
            }
            String.format(Locale.ROOT, "%.6g", v)
        }
        is Number -> v.toString()
        // RFC 4180: a text cell with a comma, quote or newline is quoted, its quotes doubled
        else -> v.toString().let {
            if (it.any { c -> c == ',' || c == '"' || c == '\n' }) "\"" + it.replace("\"", "\"\"") + "\"" else it
        }
    }
}
