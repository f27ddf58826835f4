package org.cemt.dsl.kotlindl

import org.cemt.core.InputException
import org.cemt.model.Activation
import org.cemt.model.Precision
import org.cemt.model.Snn
import org.cemt.model.SnnArchitecture
import org.jetbrains.kotlinx.dl.api.core.Sequential
import org.jetbrains.kotlinx.dl.api.core.activation.Activations
import org.jetbrains.kotlinx.dl.api.core.layer.core.Dense
import org.jetbrains.kotlinx.dl.api.core.layer.core.Input
import org.jetbrains.kotlinx.dl.api.core.layer.weights
import org.jetbrains.kotlinx.dl.api.core.loss.Losses
import org.jetbrains.kotlinx.dl.api.core.metric.Metrics
import org.jetbrains.kotlinx.dl.api.core.optimizer.Adam
import kotlin.math.sqrt

/**
 * A trained CEMT network f (CEMT paper S1.2) as a KotlinDL `Sequential` of dense layers and back. Batch
 * normalisation is folded into the dense layer before it with the running statistics (evaluation mode):
 * W' = diag(γ/√(v + ε))·W, b' = γ(b − μ)/√(v + ε) + β, so the exported model is the same per-point function; an
 * imported model is an Snn without batch norm. KotlinDL computes in float32.
 *
 * Why training stays in cemt's own engine: a KotlinDL 0.4 loss sees only the outputs, never d(output)/d(input),
 * so the force term of GMP paper Eq. 5 cannot be written; TensorFlow 1.15's graph has no second derivatives of
 * tanh, sigmoid and softplus (the force term's weight gradient needs φ''); and its GPU build needs CUDA 10.
 */
object KotlinDlBridge {
    /** KotlinDL's activation for cemt's; GELU_TANH has no KotlinDL counterpart. */
    fun activation(a: Activation): Activations = when (a) {
        Activation.GELU -> Activations.Gelu
        Activation.TANH -> Activations.Tanh
        Activation.SILU -> Activations.Swish
        Activation.SOFTPLUS -> Activations.SoftPlus
        Activation.GELU_TANH -> throw InputException.of("kotlindl export", "activation", "gelu, tanh, silu or softplus",
            a.label())
    }

    private fun activation(a: Activations): Activation = when (a) {
        Activations.Gelu -> Activation.GELU
        Activations.Tanh -> Activation.TANH
        Activations.Swish -> Activation.SILU
        Activations.SoftPlus -> Activation.SOFTPLUS
        else -> throw InputException.of("kotlindl import", "activation", "Gelu, Tanh, Swish or SoftPlus", a.name)
    }

    /**
     * Dense layers (W as [out][in] row-major, b) of [net] with batch norm folded in; the last pair is the linear
     * output layer of width 1.
     */
    fun foldedLayers(net: Snn): List<Pair<Array<DoubleArray>, DoubleArray>> {
        val arch = net.architecture()
        val p = net.parameters()
        val mean = net.runningMean()
        val variance = net.runningVariance()
        val out = ArrayList<Pair<Array<DoubleArray>, DoubleArray>>()
        var unit = 0
        for (l in 0 until arch.layers()) {
            val n = arch.width(l)
            val m = arch.inputs(l)
            val w = Array(n) { o -> DoubleArray(m) { i -> p[arch.weightOffset(l) + o * m + i] } }
            val b = DoubleArray(n) { p[arch.biasOffset(l) + it] }
            if (arch.batchNorm()) {
                for (o in 0 until n) {
                    val s = p[arch.gammaOffset(l) + o] / sqrt(variance[unit + o] + Snn.EPSILON)
                    for (i in 0 until m) w[o][i] *= s
                    b[o] = (b[o] - mean[unit + o]) * s + p[arch.betaOffset(l) + o]
                }
                unit += n
            }
            out.add(w to b)
        }
        val last = arch.width(arch.layers() - 1)
        out.add(arrayOf(DoubleArray(last) { p[arch.outputWeightOffset() + it] }) to doubleArrayOf(p[arch.parameterCount() - 1]))
        return out
    }

    /**
     * A compiled, initialised KotlinDL model computing [net]'s f (batch norm folded). The caller closes it.
     */
    fun export(net: Snn): Sequential {
        val arch = net.architecture()
        val act = activation(arch.activation())
        val layers = foldedLayers(net)
        val dense = layers.mapIndexed { k, (w, _) ->
            Dense(outputSize = w.size, activation = if (k == layers.size - 1) Activations.Linear else act, name = "dense_$k")
        }
        val model = Sequential.of(listOf(Input(arch.features().toLong())) + dense)
        model.compile(optimizer = Adam(), loss = Losses.MSE, metric = Metrics.MAE)
        model.init()
        dense.forEachIndexed { k, d ->
            val (w, b) = layers[k]
            val keys = d.weights.keys
            val kernel = keys.first { it.contains("kernel") }
            val bias = keys.first { it.contains("bias") }
            // KotlinDL's kernel is [in][out]
            d.weights = mapOf(
                kernel to Array(w[0].size) { i -> FloatArray(w.size) { o -> w[o][i].toFloat() } },
                bias to Array(b.size) { b[it].toFloat() },
            )
        }
        return model
    }

    /** f of a KotlinDL model for each row of [x] ([points × features], standardised features), float32. */
    fun predict(model: Sequential, x: Array<DoubleArray>): DoubleArray =
        DoubleArray(x.size) { i -> model.predictSoftly(FloatArray(x[i].size) { x[i][it].toFloat() })[0].toDouble() }

    /**
     * The Snn (no batch norm, [precision]) holding a KotlinDL model's dense layers: hidden layers with one of the
     * activations cemt knows, then a linear output of width 1.
     */
    fun import(model: Sequential, precision: Precision, threads: Int): Snn {
        val dense = model.layers.filterIsInstance<Dense>()
        if (dense.size < 2 || dense.last().outputSize != 1 || dense.last().activation != Activations.Linear) {
            throw InputException.of("kotlindl import", "layers", "hidden dense layers and a linear output of width 1",
                dense.map { "${it.outputSize}/${it.activation}" })
        }
        val act = activation(dense.first().activation)
        if (dense.dropLast(1).any { it.activation != dense.first().activation }) {
            throw InputException.of("kotlindl import", "activation", "one activation for every hidden layer",
                dense.map { it.activation })
        }
        val kernels = dense.map { d -> matrix(d.weights.entries.first { it.key.contains("kernel") }.value) }
        val biases = dense.map { d -> vector(d.weights.entries.first { it.key.contains("bias") }.value) }
        val features = kernels[0].size
        val hidden = IntArray(dense.size - 1) { dense[it].outputSize }
        val arch = SnnArchitecture.of(features, hidden, act, false)
        val p = DoubleArray(arch.parameterCount())
        for (l in 0 until arch.layers()) {
            val m = arch.inputs(l)
            for (i in 0 until m) {
                for (o in 0 until arch.width(l)) p[arch.weightOffset(l) + o * m + i] = kernels[l][i][o].toDouble()
            }
            for (o in 0 until arch.width(l)) p[arch.biasOffset(l) + o] = biases[l][o].toDouble()
        }
        for (i in 0 until hidden.last()) p[arch.outputWeightOffset() + i] = kernels.last()[i][0].toDouble()
        p[arch.parameterCount() - 1] = biases.last()[0].toDouble()
        return Snn.of(arch, precision, p, threads)
    }

    /** A KotlinDL kernel, [in][out]. */
    private fun matrix(value: Array<*>): Array<FloatArray> = Array(value.size) { value[it] as FloatArray }

    /** A KotlinDL bias vector (boxed or primitive). */
    private fun vector(value: Array<*>): FloatArray =
        if (value.size == 1 && value[0] is FloatArray) value[0] as FloatArray
        else FloatArray(value.size) { (value[it] as Number).toFloat() }
}
