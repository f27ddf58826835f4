package org.cemt.dsl

import java.nio.file.Path
import org.cemt.structure.Structure
import org.cemt.structure.io.ExtXyz
import org.cemt.train.Split
import org.cemt.train.TrainingSpec

/** Every frame of an extended XYZ file (positions Å, energy eV, forces eV/Å); errors name file and line. */
fun readExtxyz(path: Path): List<Structure> = ExtXyz.read(path)

/** As above, from a path string (relative to the working folder; a notebook's is its own folder). */
fun readExtxyz(path: String): List<Structure> = ExtXyz.read(Path.of(path))

/** A data set split three ways ([Split] holds the indices into the original list). */
data class DataSplit(val split: Split, val train: List<Structure>, val validation: List<Structure>, val test: List<Structure>)

/**
 * The body of `split(data) { … }`: the fractions, kind and seed of a [TrainingSpec.Builder] (which holds their
 * defaults — validation 0.1, test 0, random, seed 0 — and checks them).
 */
@CemtDsl
class SplitScope internal constructor(private val b: TrainingSpec.Builder) {
    /** Fraction of the non-test structures for validation, in [0, 1). */
    var validation: Double by spec(b, TrainingSpec::validationFraction, TrainingSpec.Builder::validationFraction)

    /** Fraction of all structures for the test set, in [0, 1). */
    var test: Double by spec(b, TrainingSpec::testFraction, TrainingSpec.Builder::testFraction)

    /** Random (seeded permutation) or contiguous blocks in file order (MD frames). */
    var kind: Split.Kind by spec(b, TrainingSpec::split, TrainingSpec.Builder::split)

    var seed: Long by spec(b, TrainingSpec::seed, TrainingSpec.Builder::seed)
}

/** Splits [data] by [Split.fractions]: `val parts = split(data) { test = 0.2; validation = 0.0 }`. */
fun split(data: List<Structure>, block: SplitScope.() -> Unit): DataSplit {
    val ts = TrainingSpec.builder().also { SplitScope(it).block() }.build()
    val s = Split.fractions(data.size, ts.validationFraction(), ts.testFraction(), ts.split(), ts.seed())
    return DataSplit(s, s.train().map { data[it] }, s.validation().map { data[it] }, s.test().map { data[it] })
}

/**
 * The same frames without their force arrays (energies only): for data whose forces carry no information, such as
 * molecules at their optimum, so training and evaluation skip the force derivatives.
 */
fun List<Structure>.withoutForces(): List<Structure> = map { it.toBuilder().removeArray(Structure.FORCES).build() }
