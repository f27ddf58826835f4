package org.cemt.plot

import java.io.ByteArrayOutputStream
import java.io.StringReader
import java.nio.file.Path
import org.apache.batik.transcoder.TranscoderInput
import org.apache.batik.transcoder.TranscoderOutput
import org.apache.batik.transcoder.image.PNGTranscoder
import org.cemt.core.AtomicFiles
import org.cemt.core.InputException
import org.jetbrains.kotlinx.jupyter.api.DisplayResult
import org.jetbrains.kotlinx.jupyter.api.MIME
import org.jetbrains.kotlinx.jupyter.api.Notebook
import org.jetbrains.kotlinx.jupyter.api.Renderable
import org.jetbrains.letsPlot.awt.plot.PlotSvgExport
import org.jetbrains.letsPlot.commons.geometry.DoubleVector
import org.jetbrains.letsPlot.intern.toSpec

/**
 * A finished figure: a Lets-Plot plot drawn at [width] × [height] pixels. Writes SVG, PNG and offline HTML (the SVG
 * embedded, no script: Lets-Plot's own HTML loads its engine from the internet) and, returned from a Kotlin
 * notebook cell, shows inline as `image/svg+xml` (the kernel calls [render]). Immutable.
 */
class Figure(val plot: org.jetbrains.letsPlot.Figure, val width: Int = 640, val height: Int = 420) : Renderable {
    init {
        if (width < 16 || height < 16) {
            throw InputException.of("figure", "size", "at least 16 × 16 px", "$width × $height")
        }
    }

    /** The same plot at another size, pixels. */
    fun withSize(width: Int, height: Int): Figure = Figure(plot, width, height)

    /** The figure as a standalone SVG document. */
    fun svg(): String =
        PlotSvgExport.buildSvgImageFromRawSpecs(plot.toSpec(), DoubleVector(width.toDouble(), height.toDouble()), false)

    /** The figure as PNG bytes, [scale] × the size in pixels (2.0 for print), rasterised headless by Batik. */
    fun png(scale: Double = 1.0): ByteArray = rasterize(svg(), scale)

    /** An HTML page holding the SVG inline: opens offline in any browser. */
    fun html(title: String = "cemt figure"): String =
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>${escape(title)}</title></head>\n" +
            "<body>\n${svg().substringAfter("?>").trim()}\n</body></html>\n"

    /** Writes SVG, PNG or HTML by the file's extension, atomically; returns [path]. */
    fun save(path: Path): Path {
        val name = path.fileName?.toString() ?: ""
        val bytes = when (name.substringAfterLast('.', "").lowercase()) {
            "svg" -> svg().toByteArray()
            "png" -> png()
            "html", "htm" -> html(name.substringBeforeLast('.')).toByteArray()
            else -> throw InputException.of(path.toString(), "extension", "svg, png or html", "'$name'")
        }
        AtomicFiles.write(path) { it.write(bytes) }
        return path
    }

    override fun render(notebook: Notebook): DisplayResult = MIME("image/svg+xml" to svg())

    override fun toString(): String = "Figure(${width}×$height px)"

    private fun rasterize(svg: String, scale: Double): ByteArray {
        if (!(scale > 0.0 && scale <= 16.0)) {
            throw InputException.of("figure", "png scale", "a factor in (0, 16]", scale)
        }
        val transcoder = PNGTranscoder()
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (width * scale).toFloat())
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (height * scale).toFloat())
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE)
        val out = ByteArrayOutputStream()
        transcoder.transcode(TranscoderInput(StringReader(svg)), TranscoderOutput(out))
        return out.toByteArray()
    }

    private fun escape(s: String): String = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
}
