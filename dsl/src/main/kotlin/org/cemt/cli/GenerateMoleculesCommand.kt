package org.cemt.cli

import org.cemt.calc.Xtb
import org.cemt.core.InputException
import org.cemt.md.generate.MoleculeList
import org.cemt.md.generate.Molecules
import org.cemt.md.generate.OpenBabel
import picocli.CommandLine.Command
import picocli.CommandLine.Model.CommandSpec
import picocli.CommandLine.Option
import picocli.CommandLine.Spec
import java.nio.file.Path
import java.util.Locale
import java.util.concurrent.Callable

/** `cemt generate molecules`: the QM9-like set, SMILES → Open Babel → GFN2-xTB optimum ([Molecules]). */
@Command(
    name = "molecules",
    mixinStandardHelpOptions = true,
    description = [
        "Small neutral C/H/N/O/F molecules (1-9 heavy atoms) drawn from the project's SMILES list: 3D structure by",
        "Open Babel (obabel --gen3d), GFN2-xTB relaxation (xtb --opt), energy and forces at the optimum (xtb --grad).",
        "Molecules whose bond graph changed during the relaxation are dropped. Needs xtb and obabel",
        "(scripts/setup-generators, or apt-get install xtb openbabel).",
    ],
)
class GenerateMoleculesCommand : Callable<Int> {
    @Spec
    lateinit var spec: CommandSpec

    @Option(names = ["--count"], paramLabel = "N", description = ["molecules to draw from the list (default: 300)"])
    var count: Int = 300

    @Option(names = ["--seed"], paramLabel = "S", description = ["seed of the draw (default: 2024)"])
    var seed: Long = 2024

    @Option(names = ["--workers"], paramLabel = "W", description = ["parallel xtb pipelines (default: CPU cores)"])
    var workers: Int = Runtime.getRuntime().availableProcessors()

    @Option(names = ["--xtb"], paramLabel = "PROGRAM", description = ["xtb executable (default: xtb on PATH)"])
    var xtb: String = "xtb"

    @Option(names = ["--out", "-o"], required = true, paramLabel = "FILE", description = ["extended XYZ file to write"])
    lateinit var out: Path

    override fun call(): Int {
        if (workers < 1) throw InputException.of("generate molecules", "--workers", "at least 1", workers)
        val smiles = MoleculeList.draw(count, seed)
        val generator = Molecules(OpenBabel.defaults(), Xtb.defaults().withProgram(xtb))
        val err = spec.commandLine().err
        val meter = ProgressMeter(err, "generate molecules", smiles.size.toLong(), "molecules")
        var written = 0
        var dropped = 0
        writeFrames(out, meter) { w ->
            var n = 0L
            generator.generate(smiles, workers) { o ->
                if (o.frame() != null) {
                    w.write(o.frame())
                    written++
                } else {
                    dropped++
                    err.println("\ndropped ${o.smiles()}: ${o.dropped()}")
                }
                meter.update(++n)
            }
        }
        val seconds = meter.elapsedSeconds()
        spec.commandLine().out.println(String.format(Locale.ROOT,
            "wrote %d molecules (%d dropped, %d workers) to %s in %.1f s (%.2f s per molecule)",
            written, dropped, workers, out, seconds, seconds / smiles.size))
        return 0
    }
}
