package org.cemt.gallery

import java.nio.file.Files
import java.nio.file.Path
import javax.imageio.ImageIO
import javax.xml.parsers.DocumentBuilderFactory
import org.cemt.core.ComputationException
import org.cemt.core.InputException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.io.TempDir

/**
 * Every gallery figure in quick mode, into a temporary folder: each writes a PNG (decodable, of the size drawn), an
 * SVG (well-formed XML with an svg root) and a CSV (the declared header, rows of that width, finite numbers), and the
 * tables carry the paper's printed numbers beside ours.
 */
class GalleryQuickTest {
    @TestFactory
    fun everyFigureWritesCompleteFilesInQuickMode(@TempDir out: Path): List<DynamicTest> = Gallery.figures.map { f ->
        DynamicTest.dynamicTest(f.name) {
            val written = f.run(Mode.QUICK, out)
            val dir = out.resolve(f.name)
            for (ext in listOf("png", "svg", "csv")) {
                assertTrue(Files.isRegularFile(dir.resolve("${f.name}.$ext")), "${f.name}.$ext written")
            }
            for (w in written) {
                assertTrue(Files.size(w.path) > 0, "${w.path} is not empty")
                when (w.path.toString().substringAfterLast('.')) {
                    "png" -> checkPng(w)
                    "svg" -> checkSvg(w.path)
                    "csv" -> if (w.path.fileName.toString() == "${f.name}.csv") checkCsv(f, w.path)
                }
            }
            assertTrue(Files.list(dir).use { s -> s.noneMatch { it.fileName.toString().contains(".tmp") } },
                "no temporary files left in $dir")
        }
    }

    @Test
    fun pointCountsFollowTheirDefinitions(@TempDir out: Path) {
        CemtFigS2PointCounts.run(Mode.QUICK, out)
        val rows = csv(out.resolve("cemt-figS2/cemt-figS2.csv")).drop(1)
        for (r in rows) {
            val (atoms, grid, atom, heavy) = listOf(r[1], r[2], r[3], r[4]).map { it.toInt() }
            assertEquals(atoms, atom, "one atom-centred point per atom")
            assertTrue(heavy in 1 until atoms, "heavy atoms are the non-hydrogen atoms: $heavy of $atoms")
            assertTrue(grid > 20 * atoms, "a 0.3 Å grid within 3 Å of a molecule holds thousands of points: $grid")
        }
    }

    @Test
    fun paperTablesHoldThePublishedNumbers() {
        // seed 002 Table 1, row (10, 10, 10): RMSE 0.04 eV training and test
        assertEquals(0.04 to 0.04, Seed002Au6Shapes.PAPER["(10, 10, 10)"])
        // GMP paper Table 6: 6 Gaussians, MCSH order 7: 186 features, 41.6 meV test MAE, 14.2 ms per image
        assertEquals(Triple(186, 41.6, 14.2), GmpTable6Convergence.PAPER.getValue(6)[7])
        // the MCSH feature count per σ is cumulative over the groups 1, 1, 2, 3, 4, 5, 7, 8 (GMP paper §2.2.3)
        val perSigma = listOf(1, 2, 4, 7, 11, 16, 23, 31)
        for ((g, rows) in GmpTable6Convergence.PAPER) {
            assertEquals(perSigma.map { it * g }, rows.map { it.first }, "features with $g Gaussians")
        }
    }

    @Test
    fun readmeHasALinePerFigure() {
        val readme = Files.readString(GalleryData.repoRoot().resolve("gallery/README.md"))
        for (f in Gallery.figures) {
            assertTrue(readme.contains("| `${f.name}` |"), "gallery/README.md: a table row for ${f.name}")
        }
    }

    @Test
    fun unknownFigureNameListsTheNames() {
        val e = assertThrows(InputException::class.java) { Gallery.select("fig9") }
        assertTrue(e.message!!.contains("expected all or one of cemt-fig1") && e.message!!.contains("found 'fig9'"),
            e.message)
    }

    @Test
    fun csvRefusesNonFiniteNumbersAndQuotesCommas(@TempDir out: Path) {
        val o = Outputs(out, "t")
        val e = assertThrows(ComputationException::class.java) { o.csv(listOf("a", "b"), listOf(listOf("x", Double.NaN))) }
        assertTrue(e.message!!.contains("expected finite numbers, found NaN"), e.message)
        assertTrue(Files.notExists(out.resolve("t/t.csv")), "no partial file")
        o.csv(listOf("model", "mae"), listOf(listOf("GMP(2,4)", 0.5)))
        assertEquals("model,mae\n\"GMP(2,4)\",0.500000\n", Files.readString(out.resolve("t/t.csv")))
    }

    private fun checkPng(w: Written) {
        val image = ImageIO.read(w.path.toFile())
        assertNotNull(image, "${w.path} decodes as PNG")
        assertEquals(w.width to w.height, image.width to image.height, "${w.path}: pixel size")
    }

    private fun checkSvg(path: Path) {
        val f = DocumentBuilderFactory.newInstance()
        f.isNamespaceAware = true
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false)
        val doc = f.newDocumentBuilder().parse(path.toFile())
        assertEquals("svg", doc.documentElement.localName, "$path: root element")
    }

    private fun checkCsv(f: GalleryFigure, path: Path) {
        val rows = csv(path)
        assertEquals(f.columns, rows[0], "$path: header")
        assertTrue(rows.size > 1, "$path: at least one data row")
        val text = (0 until f.columns.size).filter { j -> rows[1][j].toDoubleOrNull() == null }.toSet()
        assertTrue(text.size < f.columns.size, "$path: at least one numeric column")
        for ((i, r) in rows.withIndex().drop(1)) {
            assertEquals(f.columns.size, r.size, "$path: row $i width")
            for (j in f.columns.indices - text) {
                val v = r[j].toDoubleOrNull()
                assertTrue(v != null && v.isFinite(), "$path: row $i, ${f.columns[j]}: finite number, found ${r[j]}")
            }
        }
        if (f.paperTable) {
            val ours = f.columns.filter { it.startsWith("ours_") }.map { it.removePrefix("ours_") }
            val paper = f.columns.filter { it.startsWith("paper_") }.map { it.removePrefix("paper_") }
            assertTrue(ours.intersect(paper.toSet()).isNotEmpty(), "$path: ours beside the paper's, same quantity")
            assertTrue(f.columns.indices.filter { f.columns[it].startsWith("paper_") }.none { it in text },
                "$path: paper columns numeric")
        }
    }

    /** RFC 4180 rows (quoted cells may hold commas; no newlines in cells here). */
    private fun csv(path: Path): List<List<String>> = Files.readAllLines(path).filter { it.isNotEmpty() }.map { line ->
        val cells = ArrayList<String>()
        val cell = StringBuilder()
        var quoted = false
        var i = 0
        while (i < line.length) {
            val c = line[i]
            when {
                quoted && c == '"' && i + 1 < line.length && line[i + 1] == '"' -> { cell.append('"'); i++ }
                c == '"' -> quoted = !quoted
                c == ',' && !quoted -> { cells.add(cell.toString()); cell.clear() }
                else -> cell.append(c)
            }
            i++
        }
        cells.add(cell.toString())
        cells
    }
}
