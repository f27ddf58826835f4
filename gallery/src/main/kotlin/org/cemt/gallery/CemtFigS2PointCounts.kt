package org.cemt.gallery

import java.nio.file.Path
import org.cemt.plot.Figure
import org.cemt.refpoint.RefPointSpec
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleYLog10

/** CEMT paper Fig. S2: reference points per structure for the four point sets on the molecules. */
object CemtFigS2PointCounts : GalleryFigure {
    override val name = "cemt-figS2"
    override val reference = "CEMT paper (seed 000), Fig. S2"
    override val shows = "reference points per molecule against its atom count for grid (0.3 Å), atom, heavy-atom " +
        "and bond-centre sets"
    override val data = "xtb molecules (shared set, or cemt generate molecules)"
    override val fullRunTime = "7 s (measured: point counts only, 18 M grid points)"
    override val columns = listOf("structure", "atoms", "grid", "atom", "heavy", "bond")

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val data = GalleryData.molecules(if (mode == Mode.QUICK) 20 else 950)
        val sets = listOf(RefPointSpec.grid(), RefPointSpec.atoms(), RefPointSpec.heavy(), RefPointSpec.bonds())
        val rows = data.mapIndexed { k, s -> listOf<Any>(k, s.size()) + sets.map { it.build(s).size() } }
        val atoms = ArrayList<Int>(); val count = ArrayList<Int>(); val set = ArrayList<String>()
        for (r in rows) {
            for (j in 2 until columns.size) {
                atoms.add(r[1] as Int); count.add(r[j] as Int); set.add(columns[j])
            }
        }
        val plot = letsPlot(mapOf("atoms" to atoms, "points" to count, "set" to set)) +
            geomPoint(size = 2.5, alpha = 0.7) { x = "atoms"; y = "points"; color = "set" } + scaleYLog10() +
            labs(x = "atoms per molecule", y = "reference points per molecule", color = "") +
            ggtitle("reference points per structure", "${data.size} molecules")
        val out = Outputs(outDir, name)
        out.plot(Figure(plot, 600, 420))
        out.csv(columns, rows)
        return out.files()
    }
}
