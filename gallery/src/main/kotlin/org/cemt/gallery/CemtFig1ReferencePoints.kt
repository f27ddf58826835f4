package org.cemt.gallery

import java.nio.file.Path
import org.cemt.plot.Plane
import org.cemt.plot.referencePointPlot
import org.cemt.refpoint.RefPointSpec

/** CEMT paper Fig. 1: one molecule with its atom, heavy-atom, bond-centre and grid points, coarse to fine. */
object CemtFig1ReferencePoints : GalleryFigure {
    override val name = "cemt-fig1"
    override val reference = "CEMT paper (seed 000), Fig. 1"
    override val shows = "aspirin's atom, heavy-atom, bond-centre and grid reference points (xy projection), coarse to fine"
    override val data = "one aspirin frame (shared xtb MD set, or cemt generate md)"
    override val fullRunTime = "4 s (measured; same work as quick mode)"
    override val columns = listOf("set", "point", "x_A", "y_A", "z_A", "weight")

    private val sets = listOf("atom" to RefPointSpec.atoms(), "heavy" to RefPointSpec.heavy(),
        "bond" to RefPointSpec.bonds(), "grid" to RefPointSpec.grid())

    override fun run(mode: Mode, outDir: Path): List<Written> {
        val out = Outputs(outDir, name)
        val molecule = GalleryData.aspirin(1)[0]
        val rows = ArrayList<List<Any>>()
        val zMid = (0 until molecule.size()).sumOf { molecule.position(it, 2) } / molecule.size()
        sets.forEachIndexed { k, (label, spec) ->
            val points = spec.build(molecule)
            for (i in 0 until points.size()) {
                rows.add(listOf(label, i, points.point(i, 0), points.point(i, 1), points.point(i, 2), points.weight(i)))
            }
            // the grid is drawn as a slab through the molecule's mean plane, as the paper's panel (d) does
            val slab = if (label == "grid") (zMid - 0.3)..(zMid + 0.3) else null
            val figure = referencePointPlot(molecule, points.points(), points.weights(),
                Plane.XY, slab, valueName = "weight wᵢ", midpoint = 0.0,
                title = "(${'a' + k}) $label points: ${points.size()}")
            out.plot(figure, "-$label")
        }
        // all sets in one panel: the grid's mid-plane slab first, so the sparser sets are drawn over it
        val xyz = ArrayList<Double>()
        val code = ArrayList<Double>()
        for (k in sets.indices.reversed()) {
            val p = sets[k].second.build(molecule)
            for (i in 0 until p.size()) {
                if (k == 3 && kotlin.math.abs(p.point(i, 2) - zMid) > 0.3) continue
                for (a in 0..2) xyz.add(p.point(i, a))
                code.add(k.toDouble())
            }
        }
        out.plot(referencePointPlot(molecule, xyz.toDoubleArray(), code.toDoubleArray(), Plane.XY,
            valueName = "0 atom · 1 heavy · 2 bond · 3 grid", midpoint = 1.5,
            title = "reference points of aspirin, coarse to fine"))
        out.csv(columns, rows)
        return out.files()
    }
}
