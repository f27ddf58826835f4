package org.cemt.plot

import java.io.ByteArrayInputStream
import java.nio.file.Files
import java.nio.file.Path
import javax.imageio.ImageIO
import org.cemt.core.InputException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/** A figure leaves as SVG, PNG of the size asked for, and HTML that needs no network; files appear whole or not. */
class FigureExportTest {
    private val figure = parityPlot(doubleArrayOf(0.0, 1.0, 2.0), doubleArrayOf(0.1, 0.9, 2.2), "force", "eV/Å")

    @Test
    fun pngHasTheFigureSizeTimesTheScale(@TempDir dir: Path) {
        val png = ImageIO.read(ByteArrayInputStream(figure.withSize(300, 200).png(2.0)))
        assertEquals(600, png.width)
        assertEquals(400, png.height)
        val saved = ImageIO.read(figure.save(dir.resolve("parity.png")).toFile())
        assertEquals(figure.width, saved.width)
        assertEquals(figure.height, saved.height)
        // not blank: the white background and the blue markers are both there
        val colours = HashSet<Int>()
        for (x in 0 until saved.width step 2) for (y in 0 until saved.height step 2) colours.add(saved.getRGB(x, y))
        assertTrue(colours.size > 10, "${colours.size} distinct colours")
    }

    @Test
    fun htmlEmbedsTheSvgAndLoadsNoScript(@TempDir dir: Path) {
        val html = Files.readString(figure.save(dir.resolve("parity.html")))
        assertTrue(html.startsWith("<!DOCTYPE html>"))
        val svg = html.substring(html.indexOf("<svg"), html.lastIndexOf("</svg>") + "</svg>".length)
        assertEquals(3, Svg(svg).data("circle").size)
        assertFalse(Regex("<script[^>]*src\\s*=\\s*[\"']?https?:", RegexOption.IGNORE_CASE).containsMatchIn(html))
        assertFalse(html.contains("<script", ignoreCase = true), "no script at all")
    }

    @Test
    fun svgFileIsTheFigure(@TempDir dir: Path) {
        val svg = Svg(Files.readString(figure.save(dir.resolve("out/parity.svg"))))
        assertEquals("svg", svg.root.localName)
        assertEquals(figure.width.toDouble(), svg.root.getAttribute("width").toDouble())
        assertTrue("reference force (eV/Å)" in svg.texts())
    }

    @Test
    fun anUnknownExtensionWritesNothing(@TempDir dir: Path) {
        val target = dir.resolve("parity.pdf")
        val e = assertThrows<InputException> { figure.save(target) }
        assertEquals("$target: extension: expected svg, png or html, found 'parity.pdf'", e.message)
        assertEquals(listOf<Path>(), Files.list(dir).use { it.toList() })
    }

    @Test
    fun aTinyFigureIsRefused() {
        val e = assertThrows<InputException> { figure.withSize(8, 400) }
        assertEquals("figure: size: expected at least 16 × 16 px, found 8 × 400", e.message)
    }
}
