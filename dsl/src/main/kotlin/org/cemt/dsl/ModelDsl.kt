package org.cemt.dsl

import org.cemt.gmp.GmpSpec
import org.cemt.model.Activation
import org.cemt.model.ModelSpec
import org.cemt.refpoint.RefPointSpec

/**
 * The body of `model { … }`: fills a [ModelSpec.Builder], which holds every default and check (STYLE.md "One logic,
 * one place"); a statement left out keeps the builder's default.
 */
@CemtDsl
class ModelScope internal constructor(private val b: ModelSpec.Builder) {
    /** Where the model puts its reference points (`atoms`, `grid(0.3)`, `atoms + bondCentres(2.0)`, …). */
    var refPoints: RefPointSpec
        get() = b.refPoints()
        set(v) {
            b.refPoints(v)
        }

    /** The network's activation between hidden layers. */
    var activation: Activation
        get() = b.build().activation()
        set(v) {
            b.activation(v)
        }

    /** Batch normalisation after each hidden layer. */
    var batchNorm: Boolean
        get() = b.build().batchNorm()
        set(v) {
            b.batchNorm(v)
        }

    /** GMP features of probe widths [sigmas] (Å) and [orders] (−1 = local density, 0..9); checked in Java. */
    fun gmp(sigmas: List<Double>, orders: IntRange) {
        b.gmp(sigmas, orders.toList())
    }

    /** As above with an explicit list of orders. */
    fun gmp(sigmas: List<Double>, orders: List<Int>) {
        b.gmp(sigmas, orders)
    }

    /** GMP features with the further settings of [block] (probe family, densities, squaring). */
    fun gmp(sigmas: List<Double>, orders: List<Int>, block: GmpScope.() -> Unit) {
        val g = GmpSpec.builder().sigmas(sigmas).orders(orders)
        GmpScope(g).block()
        b.gmp(g.build())
    }

    /** As above with a range of orders. */
    fun gmp(sigmas: List<Double>, orders: IntRange, block: GmpScope.() -> Unit) {
        gmp(sigmas, orders.toList(), block)
    }

    /** The shared network's hidden widths, input side first (CEMT S1.1: `snn(128, 64)`). */
    fun snn(vararg hidden: Int) {
        b.snn(*hidden)
    }
}

/** The optional GMP settings; fills a [GmpSpec.Builder] (defaults: solid probes, NC-SR densities, not squared). */
@CemtDsl
class GmpScope internal constructor(private val g: GmpSpec.Builder) {
    /** One rotation-invariant feature per (order, σ) or the MCSH groups of the GMP paper. */
    var probes: GmpSpec.Probes
        get() = g.build().probes()
        set(v) {
            g.probes(v)
        }

    /** Built-in element densities `"NC-SR"` or `"QE-kjpaw"`, or a `.gpsp` file path. */
    var density: String
        get() = g.build().density().name()
        set(v) {
            g.density(v)
        }

    /** Squared features (GMP paper's option). */
    var square: Boolean
        get() = g.build().square()
        set(v) {
            g.square(v)
        }
}

/** A model spec from the [block]: `model { refPoints = grid(0.3); gmp(σs, -1..3); snn(128, 64) }`. */
fun model(block: ModelScope.() -> Unit): ModelSpec =
    ModelSpec.builder().also { ModelScope(it).block() }.build()

/**
 * A model spec from its one-line text form, `model < refPoints = grid(0.3) ; gmp(sigmas = [...], orders = [...]) ;
 * snn(128, 64) >`, parsed by [ModelSpec.parse] (errors name the column). `spec.toString()` prints it back.
 */
fun modelSpec(text: String): ModelSpec = ModelSpec.parse(text)
