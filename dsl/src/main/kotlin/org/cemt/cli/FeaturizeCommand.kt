package org.cemt.cli

import org.cemt.core.AtomicFiles
import org.cemt.core.InputException
import org.cemt.core.Json
import org.cemt.gmp.Featurizer
import org.cemt.gmp.GmpFeatures
import org.cemt.gmp.GmpSpec
import org.cemt.refpoint.RefPointSpec
import org.cemt.refpoint.ReferencePointSet
import org.cemt.structure.io.ExtXyz
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.charset.StandardCharsets
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/**
 * `cemt featurize IN.extxyz --orders … --sigmas … [--points SET] --out OUT.json`: GMP features of every frame at
 * its reference points (issues 4, 5). Only wiring: GmpSpec and RefPointSpec validate, ReferencePointSet places the
 * points of each frame, Featurizer computes, the JSON is written atomically (no partial output). Each frame holds
 * "points", their "weights" and "features" (and "derivatives"); a frame without points (bonds of a lone atom)
 * has empty arrays. An augmented grid gives its 8 shifted grids together, each weight divided by 8 (as at
 * prediction, CEMT paper S1.3.1).
 */
@Command(
    name = "featurize",
    mixinStandardHelpOptions = true,
    description = ["GMP features (and optionally their derivatives) of every frame of an extended XYZ file, as JSON."],
)
class FeaturizeCommand : Callable<Int> {
    @Parameters(index = "0", paramLabel = "IN", description = ["extended XYZ file"])
    lateinit var input: Path

    @Option(names = ["--orders"], split = ",", required = true, description = ["orders, -1 (local density) .. 9"])
    var orders: List<Int> = emptyList()

    @Option(names = ["--sigmas"], split = ",", description = ["probe widths sigma > 0, Å"])
    var sigmas: List<Double> = emptyList()

    @Option(names = ["--probes"], description = ["solid (one feature per order and sigma) or mcsh (groups)"])
    var probes: String = "solid"

    @Option(names = ["--density"], description = ["NC-SR, QE-kjpaw or a .gpsp file (default NC-SR)"])
    var density: String = "NC-SR"

    @Option(names = ["--square"], description = ["report squared features (no square root)"])
    var square: Boolean = false

    @Option(
        names = ["--points"], paramLabel = "SET", converter = [PointsConverter::class],
        description = ["atoms (default), heavy, bonds[:CUTOFF], grid[:SPACING[:CUT]], grid-aug[:SPACING[:CUT]], " +
            "file:PATH or PATH (lines 'x y z [weight [atom]]', Å); +-joined; FACTOR* before and :smooth=WIDTH after a part"],
    )
    var points: RefPointSpec = RefPointSpec.atoms()

    @Option(
        names = ["--derivatives"],
        description = ["add d feature / d atom position with the points held fixed, sparse rows [point, feature, " +
            "atom, axis, value] (points that move with atoms add a chain term through the points, not included)"],
    )
    var derivatives: Boolean = false

    @Option(names = ["--threads"], description = ["threads (over points for one frame, over frames otherwise)"])
    var threads: Int = 1

    @Option(names = ["--timing"], description = ["print time per frame and per point·feature"])
    var timing: Boolean = false

    @Option(names = ["--out"], required = true, description = ["output JSON file"])
    lateinit var out: Path

    @Spec
    lateinit var spec: CommandSpec

    override fun call(): Int {
        val gmp = GmpSpec.builder().orders(orders).sigmas(sigmas).probes(GmpSpec.Probes.of(probes))
            .density(density).square(square).build()
        val featurizer = Featurizer.of(gmp).withThreads(threads)
        val frames = ExtXyz.read(input)
        if (frames.isEmpty()) throw InputException.of(input.toString(), "frames", "at least one frame", "none")
        val layout = featurizer.layout()
        val featureList = (0 until layout.size()).map { f ->
            val g = layout.group(f)
            if (g == null) listOf(layout.order(f), layout.sigma(f))
            else listOf(layout.order(f), layout.sigma(f), "${g[0]}${g[1]}${g[2]}")
        }
        val err = spec.commandLine().err
        val started = System.nanoTime()
        var pointFeatures = 0L
        AtomicFiles.write(out) { stream ->
            val w = stream.bufferedWriter(StandardCharsets.UTF_8)
            w.write("{\"feature_list\":" + Json.write(featureList) + ",\"frames\":[")
            // one frame: threads over its points; many frames: chunks of frames, one frame per thread
            val chunk = if (frames.size == 1) 1 else maxOf(1, threads) * 4
            var done = 0
            for (from in frames.indices step chunk) {
                val batch = frames.subList(from, minOf(frames.size, from + chunk))
                val t0 = System.nanoTime()
                val sets = batch.map { points.build(it) }
                val busy = batch.indices.filter { sets[it].size() > 0 }
                val computed: List<GmpFeatures> = if (busy.size == 1) {
                    listOf(featurizer.compute(batch[busy[0]], sets[busy[0]].points()))
                } else {
                    featurizer.compute(busy.map { batch[it] }, busy.map { sets[it].points() })
                }
                val results = arrayOfNulls<GmpFeatures>(batch.size)
                for ((k, i) in busy.withIndex()) results[i] = computed[k]
                val ms = (System.nanoTime() - t0) / 1e6 / batch.size
                for ((k, x) in results.withIndex()) {
                    if (done > 0) w.write(",")
                    w.write(frameJson(sets[k], x, layout.size()))
                    val pf = sets[k].size().toLong() * layout.size()
                    pointFeatures += pf
                    done++
                    if (timing) {
                        err.println(String.format(Locale.ROOT, "frame %d: %d points, %.3f ms, %.3f µs per point·feature",
                            from + k, sets[k].size(), ms, ms * 1e3 / maxOf(1L, pf)))
                    }
                }
                if (frames.size >= 20 && !timing) progress(err, done, frames.size)
            }
            w.write("]}\n")
            w.flush()
        }
        if (timing) {
            val ms = (System.nanoTime() - started) / 1e6
            err.println(String.format(Locale.ROOT, "total: %d frames, %.1f ms, %.3f µs per point·feature", frames.size,
                ms, ms * 1e3 / pointFeatures))
        }
        return 0
    }

    /** One frame's JSON; x is null for a frame without points. */
    private fun frameJson(set: ReferencePointSet, x: GmpFeatures?, nf: Int): String {
        val m = set.size()
        val pos = set.points()
        val frame = LinkedHashMap<String, Any>()
        frame["points"] = (0 until m).map { doubleArrayOf(pos[3 * it], pos[3 * it + 1], pos[3 * it + 2]) }
        frame["weights"] = set.weights()
        val values = x?.values() ?: DoubleArray(0)
        frame["features"] = (0 until m).map { values.copyOfRange(it * nf, (it + 1) * nf) }
        if (derivatives) {
            frame["derivatives"] = x?.sparseJacobian()?.map { r ->
                listOf(r[0].toInt(), r[1].toInt(), r[2].toInt(), r[3].toInt(), r[4])
            } ?: emptyList<Any>()
        }
        return Json.write(frame)
    }

    private fun progress(err: java.io.PrintWriter, done: Int, total: Int) {
        val width = 30
        val filled = done * width / total
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] $done/$total frames")
        if (done == total) err.println()
        err.flush()
    }
}
