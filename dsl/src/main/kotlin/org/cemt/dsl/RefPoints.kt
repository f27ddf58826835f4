package org.cemt.dsl

import org.cemt.refpoint.CustomPoints
import org.cemt.refpoint.RefPointSpec

// Reference-point sets of the CEMT paper (S1.1). Each line delegates to org.cemt.refpoint.RefPointSpec, which holds
// the defaults and refuses bad values; lengths are Å.

/** Every atom, weight 1 (Model 2). */
val atoms: RefPointSpec get() = RefPointSpec.atoms()

/** Every atom but hydrogen, weight 1 (Model 3). */
val heavyAtoms: RefPointSpec get() = RefPointSpec.heavy()

/** Bond centres of pairs closer than the runtime's default cutoff ([RefPointSpec.BOND_CUTOFF], Å; Model 4). */
val bondCentres: RefPointSpec get() = RefPointSpec.bonds()

/** Bond centres of pairs closer than [cutoff] Å (Model 4). */
fun bondCentres(cutoff: Double): RefPointSpec = RefPointSpec.bonds(cutoff)

/** The grid of spacing [spacing] Å, the runtime's default vacuum cut ([RefPointSpec.GRID_CUT], Å; Model 1). */
fun grid(spacing: Double): RefPointSpec = RefPointSpec.grid().withSpacing(spacing)

/** The grid of spacing [spacing] Å; points farther than [cut] Å from every atom dropped. */
fun grid(spacing: Double, cut: Double): RefPointSpec = RefPointSpec.grid(spacing, cut)

/** The augmented grid (8 half-step shifts, S1.3.1) of spacing [spacing] Å, default vacuum cut. */
fun gridAug(spacing: Double): RefPointSpec =
    RefPointSpec.gridAugmented(RefPointSpec.GRID_SPACING, RefPointSpec.GRID_CUT).withSpacing(spacing)

/** The augmented grid of spacing [spacing] Å and vacuum cut [cut] Å. */
fun gridAug(spacing: Double, cut: Double): RefPointSpec = RefPointSpec.gridAugmented(spacing, cut)

/**
 * User-given points: positions [xyz] (Å, flat `[3*i + axis]`), [weights] (one per point, dimensionless) and per
 * point the atom it moves with or −1 for a point fixed in space ([attach] null: all fixed; offsets then in Å from
 * the atom). Checked by [CustomPoints.of]. A model's text form (and so its model file) holds them inline as
 * `points(xyz = […], weights = […], atoms = […])`.
 */
fun custom(xyz: DoubleArray, weights: DoubleArray, attach: IntArray? = null): RefPointSpec =
    RefPointSpec.custom(CustomPoints.of(xyz, weights, attach))

/** Points read from a points file (`x y z [weight [atom]]` per line, Å). */
fun custom(file: java.nio.file.Path): RefPointSpec = RefPointSpec.custom(CustomPoints.read(file))

/**
 * The points of both sets, each keeping its own weights: `atoms + bondCentres(2.0)`. Weights are scaled with the
 * Java member `set.weighted(factor)` (dimensionless, > 0).
 */
operator fun RefPointSpec.plus(other: RefPointSpec): RefPointSpec = RefPointSpec.union(this, other)

/** A smooth switch over the last [width] Å before the bond cutoff or the vacuum cut (bonds and grids only). */
fun RefPointSpec.smooth(width: Double): RefPointSpec = withSmoothing(width)
