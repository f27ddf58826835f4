package org.cemt.cli

import org.cemt.core.Json
import org.cemt.model.CemtModel
import org.cemt.structure.io.ExtXyz
import org.cemt.train.Evaluation
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt eval MODEL DATA [--json]`: a model's errors and time per structure on reference data (CEMT paper Fig. 3b). */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = ["Evaluate a model on an extended XYZ data set with reference energies (and forces): energy MAE, RMSE and max error (eV, and eV/atom), force MAE, RMSE and max error over components (eV/Å), and the time per structure split into featurisation (points, features and their derivative products) and network (ms)."],
)
class EvalCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Parameters(index = "0", paramLabel = "MODEL", description = ["model file (cemt train --out)"])
    lateinit var model: Path

    @Parameters(index = "1", paramLabel = "DATA", description = ["extended XYZ with energies (and forces)"])
    lateinit var data: Path

    @Option(names = ["--json"], description = ["print one JSON object instead of the table"])
    var json: Boolean = false

    override fun call(): Int {
        val m = CemtModel.load(model)
        val frames = ExtXyz.read(data)
        val report = Evaluation.run(m, frames, data.toString())
        val out = spec.commandLine().out
        if (json) {
            out.println(Json.write(report.summary()))
            return 0
        }
        val e = report.energy()
        val a = report.energyPerAtom()
        val f = report.force()
        out.println(String.format(Locale.ROOT, "%d structures of %s, model %s", report.structures(), data, model))
        out.println(String.format(Locale.ROOT, "%-18s %12s %12s %12s", "", "MAE", "RMSE", "max"))
        out.println(String.format(Locale.ROOT, "%-18s %12.6f %12.6f %12.6f", "energy (eV)", e.mae(), e.rmse(), e.max()))
        out.println(String.format(Locale.ROOT, "%-18s %12.6f %12.6f %12.6f", "energy (eV/atom)", a.mae(), a.rmse(), a.max()))
        if (f.count() > 0) {
            out.println(String.format(Locale.ROOT, "%-18s %12.6f %12.6f %12.6f", "force (eV/Å)", f.mae(), f.rmse(), f.max()))
        } else {
            out.println("force (eV/Å)       no reference forces")
        }
        out.println(String.format(Locale.ROOT, "time per structure: featurisation %.3f ms, network %.3f ms",
            report.featurizeMsPerStructure(), report.networkMsPerStructure()))
        return 0
    }
}
