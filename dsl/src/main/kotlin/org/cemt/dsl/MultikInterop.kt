package org.cemt.dsl

import org.cemt.gmp.Features
import org.cemt.model.CemtResult
import org.cemt.refpoint.ReferencePointSet
import org.cemt.structure.Structure
import org.jetbrains.kotlinx.multik.api.mk
import org.jetbrains.kotlinx.multik.api.ndarray
import org.jetbrains.kotlinx.multik.ndarray.data.D1Array
import org.jetbrains.kotlinx.multik.ndarray.data.D2Array
import org.jetbrains.kotlinx.multik.ndarray.data.get

// Multik views of cemt's flat arrays (Multik 0.2.3, the -jvm artifacts, which the notebook kernel's Kotlin 1.8.20
// also reads). Each call copies; cemt's values stay immutable. Row-major throughout, as cemt's flat layouts.

/** GMP feature values λ as [points × features] (dimensionless for orders ≥ 0, density units for order −1). */
fun Features.valuesNd(): D2Array<Double> = mk.ndarray(values(), points(), features())

/** Per-point energies wᵢ·eᵢ (eV), one per reference point. */
fun CemtResult.contributionsNd(): D1Array<Double> = mk.ndarray(contributions())

/** Forces as [atoms × 3], eV/Å (the result must have forces). */
fun CemtResult.forcesNd(): D2Array<Double> = forces().let { mk.ndarray(it, it.size / 3, 3) }

/** Atom positions as [atoms × 3], Å. */
fun Structure.positionsNd(): D2Array<Double> = mk.ndarray(positions(), size(), 3)

/** Reference-point positions as [points × 3], Å. */
fun ReferencePointSet.pointsNd(): D2Array<Double> = mk.ndarray(points(), size(), 3)

/** Reference-point weights, one per point (Å³ for grid points, dimensionless otherwise). */
fun ReferencePointSet.weightsNd(): D1Array<Double> = mk.ndarray(weights())

/** The rows of a 2-D array one after another (cemt's flat `[row*columns + column]` layout), a new array. */
fun D2Array<Double>.toFlatArray(): DoubleArray {
    val (rows, columns) = shape
    return DoubleArray(rows * columns) { this[it / columns, it % columns] }
}
