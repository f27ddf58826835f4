package org.cemt.cli

import java.nio.file.Path
import java.util.concurrent.Callable
import picocli.CommandLine.Command
import picocli.CommandLine.Option
import picocli.CommandLine.Parameters

/** `cemt notebook`: the Kotlin notebook kernel for this checkout, and headless runs of notebooks. */
@Command(
    name = "notebook",
    mixinStandardHelpOptions = true,
    description = ["Kotlin notebooks over cemt: install the kernel spec, or execute a notebook headless."],
    subcommands = [NotebookCommand.Install::class, NotebookCommand.Run::class],
)
class NotebookCommand : Runnable {
    override fun run() {
        picocli.CommandLine(this).usage(System.out)
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
        description = ["Writes the kernel spec '${NotebookKernel.NAME}' (\"${NotebookKernel.DISPLAY_NAME}\") for this " +
            "checkout into Jupyter's data folder, so Jupyter lists the kernel."])
    class Install : Callable<Int> {
        @Option(names = ["--kernel-jars"], paramLabel = "DIR",
            description = ["the kernel's jars (default: notebooks/target/kernel of this checkout)"])
        var jars: Path? = null

        @Option(names = ["--data-dir"], paramLabel = "DIR",
            description = ["Jupyter data folder (default: \$JUPYTER_DATA_DIR or ~/.local/share/jupyter)"])
        var dataDir: Path? = null

        override fun call(): Int {
            val dir = NotebookKernel(jars ?: NotebookKernel.defaultJars()).writeSpec(dataDir ?: NotebookKernel.userDataDir())
            println("installed kernel '${NotebookKernel.NAME}' (${NotebookKernel.DISPLAY_NAME}) in $dir")
            return 0
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
        description = ["Executes a notebook headless (jupyter nbconvert, the cemt kernel); fails naming the first " +
            "cell that raised an error."])
    class Run : Callable<Int> {
        @Parameters(paramLabel = "FILE.ipynb", description = ["the notebook"])
        lateinit var notebook: Path

        @Option(names = ["-o", "--output"], paramLabel = "FILE.ipynb",
            description = ["also write the executed notebook, outputs included, here"])
        var output: Path? = null

        @Option(names = ["--kernel-jars"], paramLabel = "DIR",
            description = ["the kernel's jars (default: notebooks/target/kernel of this checkout)"])
        var jars: Path? = null

        @Option(names = ["--timeout"], paramLabel = "SECONDS", description = ["limit per cell (default: 300)"])
        var timeout: Int = 300

        override fun call(): Int {
            if (timeout < 1) {
                throw org.cemt.core.InputException.of("notebook run", "--timeout", "at least 1 s", timeout)
            }
            val run = NotebookRunner(NotebookKernel(jars ?: NotebookKernel.defaultJars())).run(notebook, output, timeout)
            println("${notebook.fileName}: ${run.codeCells} code cells ran, ${run.images} images, " +
                "${"%.1f".format(java.util.Locale.ROOT, run.seconds)} s")
            return 0
        }
    }
}
