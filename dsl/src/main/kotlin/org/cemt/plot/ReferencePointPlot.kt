package org.cemt.plot

import org.cemt.core.InputException
import org.cemt.structure.Structure
import org.jetbrains.letsPlot.coord.coordFixed
import org.jetbrains.letsPlot.geom.geomPoint
import org.jetbrains.letsPlot.label.ggtitle
import org.jetbrains.letsPlot.label.labs
import org.jetbrains.letsPlot.letsPlot
import org.jetbrains.letsPlot.scale.scaleColorGradient2
import org.jetbrains.letsPlot.scale.scaleFillIdentity
import org.jetbrains.letsPlot.scale.scaleSizeIdentity

/** A plane to project onto: the two axes drawn (0 = x, 1 = y, 2 = z) and the one projected out. */
enum class Plane(val horizontal: Int, val vertical: Int, val normal: Int) {
    XY(0, 1, 2), XZ(0, 2, 1), YZ(1, 2, 0);

    internal fun axisName(axis: Int): String = "xyz"[axis].toString()
}

/**
 * Reference points of a structure projected onto [plane], coloured by a per-point value (e.g. the energy share
 * wᵢeᵢ, eV; a diverging scale centred on [midpoint]), with the atoms drawn over them in Jmol colours, sized by covalent
 * radius and stacked by depth. [points] are positions, Å, flat `[3*point + axis]`; [values] one per point. With a
 * [slab] (Å, along the plane's normal) only points and atoms whose normal coordinate lies in it are drawn: a slice.
 */
fun referencePointPlot(
    structure: Structure,
    points: DoubleArray,
    values: DoubleArray,
    plane: Plane = Plane.XY,
    slab: ClosedFloatingPointRange<Double>? = null,
    valueName: String = "wᵢeᵢ (eV)",
    midpoint: Double = 0.0,
    title: String? = null,
): Figure {
    val where = "reference-point plot"
    if (points.size % 3 != 0) {
        throw InputException.of(where, "points", "3 coordinates per point", "${points.size} numbers")
    }
    val n = points.size / 3
    checkNotEmpty(where, "points", n)
    checkSize(where, "values", values, n, "one per point")
    checkFinite(where, "points", points)
    checkFinite(where, "values", values)
    val h = plane.horizontal
    val v = plane.vertical
    val inSlab = { depth: Double -> slab == null || depth in slab }

    val px = ArrayList<Double>(); val py = ArrayList<Double>(); val pv = ArrayList<Double>()
    for (i in 0 until n) {
        if (inSlab(points[3 * i + plane.normal])) {
            px.add(points[3 * i + h]); py.add(points[3 * i + v]); pv.add(values[i])
        }
    }
    if (px.isEmpty()) {
        throw InputException.of(where, "slab", "a range holding at least one of the $n points", slab)
    }
    // painter's order: atoms nearer the viewer (larger normal coordinate) are drawn last
    val atoms = (0 until structure.size())
        .filter { inSlab(structure.position(it, plane.normal)) }
        .sortedBy { structure.position(it, plane.normal) }
    val atomData = mapOf(
        "x" to atoms.map { structure.position(it, h) },
        "y" to atoms.map { structure.position(it, v) },
        "fill" to atoms.map { ElementStyle.color(structure.number(it)) },
        "size" to atoms.map { ATOM_SIZE * ElementStyle.radius(structure.number(it)) },
    )
    var plot = letsPlot(mapOf("x" to px, "y" to py, "value" to pv)) +
        geomPoint(size = 2.5) { x = "x"; y = "y"; color = "value" } +
        scaleColorGradient2(low = "#3b4cc0", mid = "#dddddd", high = "#b40426", midpoint = midpoint, name = valueName) +
        geomPoint(data = atomData, shape = 21, color = "#202020", stroke = 0.8, showLegend = false) {
            x = "x"; y = "y"; fill = "fill"; size = "size"
        } +
        scaleFillIdentity() + scaleSizeIdentity() +
        coordFixed(ratio = 1.0) +
        labs(x = "${plane.axisName(h)} (Å)", y = "${plane.axisName(v)} (Å)")
    if (title != null || slab != null) {
        val slice = if (slab == null) "" else "${plane.axisName(plane.normal)} ∈ [${fmt(slab.start)}, ${fmt(slab.endInclusive)}] Å"
        plot += ggtitle(title ?: "reference points", slice.ifEmpty { null })
    }
    return Figure(plot, 600, 560)
}

/** Marker size per Å of covalent radius: carbon (0.76 Å) gets size 10.6, hydrogen (0.31 Å) 4.3. */
private const val ATOM_SIZE = 14.0
