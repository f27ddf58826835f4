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

    /** n σ evenly from 0.25 to 2.0 Å (Table 7's range; the paper does not list Table 6's σ, so this is ours). */
    fun evenSigmas(n: Int): List<Double> =
        if (n == 1) listOf(1.0) else List(n) { 0.25 + 1.75 * it / (n - 1) }

    /** MCSH orders 0..[maxOrder] × [sigmas] at the atoms, SNN [hidden] with tanh (GMP paper §2.2). */
    fun spec(maxOrder: Int, sigmas: List<Double>, vararg hidden: Int): ModelSpec = ModelSpec.builder()
        .refPoints(RefPointSpec.atoms())
        .gmp(GmpSpec.builder().probes(GmpSpec.Probes.MCSH).orders((0..maxOrder).toList()).sigmas(sigmas).build())
        .snn(*hidden).activation(Activation.TANH).batchNorm(false).build()
}
