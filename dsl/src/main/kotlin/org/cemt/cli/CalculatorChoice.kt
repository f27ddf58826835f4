package org.cemt.cli

import org.cemt.calc.Calculator
import org.cemt.calc.Emt
import org.cemt.calc.ModelCalculator
import org.cemt.core.InputException
import org.cemt.model.CemtModel
import org.cemt.structure.Structure
import org.cemt.structure.io.ExtXyz
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import java.nio.file.Path

/**
 * The calculator and start frame of `cemt md` and `cemt relax`, a picocli mixin: `MODEL START` (a saved model) or
 * `--calc emt START`. Only wiring: the model file, the reader and the calculators do the checking.
 */
class CalculatorChoice {
    @Parameters(arity = "1..2", paramLabel = "FILES", description = ["MODEL START.extxyz, or START.extxyz with --calc emt"])
    lateinit var files: List<Path>

    @Option(names = ["--calc"], paramLabel = "NAME", description = ["emt: use EMT instead of a model"])
    var calc: String? = null

    /** The calculator and the start frame named on the command line of [command]. */
    internal fun resolve(command: String): Pair<Calculator, Structure> {
        val (calculator, startFile) = of(calc, files, command)
        return calculator to start(startFile)
    }

    private fun of(calc: String?, files: List<Path>, command: String): Pair<Calculator, Path> = when {
        calc == null && files.size == 2 -> ModelCalculator(CemtModel.load(files[0])) to files[1]
        calc == null -> throw InputException.of("cemt $command", "arguments", "MODEL START.extxyz (or --calc emt START.extxyz)",
            files.joinToString(" "))
        calc != "emt" -> throw InputException.of("cemt $command", "--calc", "emt", calc)
        files.size == 1 -> Emt() to files[0]
        else -> throw InputException.of("cemt $command", "arguments", "START.extxyz alone with --calc emt", files.joinToString(" "))
    }

    /** The first frame of [file]: species, positions and cell only (its energy, forces and info are stale once atoms move). */
    private fun start(file: Path): Structure =
        ExtXyz.open(file).use { frames ->
            val it = frames.iterator()
            if (!it.hasNext()) throw InputException.of(file.toString(), "frames", "at least one frame", "none")
            val s = it.next()
            Structure.of(s.numbers(), s.positions(), s.cell())
        }
}
