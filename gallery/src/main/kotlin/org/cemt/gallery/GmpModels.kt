package org.cemt.gallery

import org.cemt.gmp.GmpSpec
import org.cemt.model.Activation
import org.cemt.model.ModelSpec
import org.cemt.refpoint.RefPointSpec

/** The GMP paper's atom-centred GMP + SNN models (MCSH probes, tanh network, no batch normalisation). */
internal object GmpModels {
    /** GMP paper Table 7: the σ (Å) of GMP(2,4). */
    val SIGMAS_4 = listOf(0.25, 0.75, 1.5, 2.0)

    /** GMP paper Table 7: the σ (Å) of GMP(3,12). */
    val SIGMAS_12 = listOf(0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0, 1.25, 1.5, 1.75, 2.0)

    /** GMP paper Table 5: the σ (Å) of its Table 6 tests, by number of Gaussians (1–6). */
    val TABLE5_SIGMAS: Map<Int, List<Double>> = mapOf(
        1 to listOf(0.25),
        2 to listOf(0.25, 2.0),
        3 to listOf(0.25, 1.0, 2.0),
        4 to listOf(0.25, 0.75, 1.5, 2.0),
        5 to listOf(0.25, 0.5, 1.0, 1.5, 2.0),
        6 to listOf(0.25, 0.5, 0.75, 1.0, 1.5, 2.0),
    )

    /** n σ evenly from 0.25 to 2.0 Å (the range of Tables 5 and 7), for set sizes the paper does not list. */
    fun evenSigmas(n: Int): List<Double> =
        if (n == 1) listOf(1.0) else List(n) { 0.25 + 1.75 * it / (n - 1) }

    /** MCSH orders 0..[maxOrder] × [sigmas] at the atoms, SNN [hidden] with tanh (GMP paper §2.2). */
    fun spec(maxOrder: Int, sigmas: List<Double>, vararg hidden: Int): ModelSpec = ModelSpec.builder()
        .refPoints(RefPointSpec.atoms())
        .gmp(GmpSpec.builder().probes(GmpSpec.Probes.MCSH).orders((0..maxOrder).toList()).sigmas(sigmas).build())
        .snn(*hidden).activation(Activation.TANH).batchNorm(false).build()
}
