package org.cemt.cli

import org.cemt.refpoint.PointCounts
import org.cemt.refpoint.RefPointSpec
import org.cemt.structure.io.ExtXyz
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.concurrent.Callable

/** `cemt points DATA --points SET [--csv OUT]`: reference points per structure (CEMT paper Fig. S2), streamed. */
@Command(
    name = "points",
    mixinStandardHelpOptions = true,
    description = ["Count the reference points of every structure for a set: min, median, max and total; " +
        "optionally a CSV with one row per structure (the data of the CEMT paper's Fig. S2)."],
)
class PointsCommand : Callable<Int> {
    @Parameters(index = "0", paramLabel = "DATA", description = ["extended XYZ file"])
    lateinit var file: Path

    @Option(
        names = ["--points"], required = true, paramLabel = "SET", converter = [PointsConverter::class],
        description = ["atoms, heavy, bonds[:CUTOFF], grid[:SPACING[:CUT]], grid-aug[:SPACING[:CUT]], file:PATH or PATH; " +
            "+-joined; FACTOR* before and :smooth=WIDTH after a part"],
    )
    lateinit var points: RefPointSpec

    @Option(names = ["--csv"], paramLabel = "OUT.csv", description = ["write counts per structure (written atomically)"])
    var csv: Path? = null

    @Spec
    lateinit var spec: CommandSpec

    override fun call(): Int {
        val counts = ExtXyz.open(file).use { PointCounts.of(points, it) }
        val out = spec.commandLine().out
        out.println(counts.summary())
        csv?.let {
            counts.writeCsv(it)
            out.println("wrote $it")
        }
        return 0
    }
}
