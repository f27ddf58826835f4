package org.cemt.cli

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import org.cemt.core.AtomicFiles
import org.cemt.core.ComputationException
import org.cemt.core.InputException
import org.cemt.core.Json

/** What one headless run did: code cells executed, image outputs (SVG or PNG), wall time in seconds. */
data class NotebookRun(val codeCells: Int, val images: Int, val seconds: Double)

/**
 * Executes a notebook headless with Debian's `jupyter nbconvert --execute` under the cemt kernel (its spec written
 * to a private folder, so nothing needs installing first), then reads the executed notebook back and fails on the
 * first error output, naming the cell. nbconvert runs with `--allow-errors` so the executed notebook, errors and
 * all, can be kept with [run]'s `output`.
 */
class NotebookRunner(private val kernel: NotebookKernel, private val jupyter: Path = defaultJupyter()) {

    fun run(notebook: Path, output: Path?, cellTimeoutSeconds: Int = 300): NotebookRun {
        if (!Files.isRegularFile(notebook)) {
            throw InputException.of("notebook", "file", "an .ipynb file", "no file $notebook")
        }
        Json.parse(Files.readString(notebook), notebook.toString()) // a malformed file fails here, with its line
        if (!Files.isExecutable(jupyter)) {
            throw InputException.of("notebook", "jupyter", "$jupyter with nbconvert (install it: scripts/setup-notebooks)",
                "none")
        }
        val tmp = Files.createTempDirectory("cemt-notebook")
        try {
            val data = tmp.resolve("jupyter")
            kernel.writeSpec(data)
            val log = tmp.resolve("nbconvert.log")
            val command = listOf(
                jupyter.toString(), "nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                "--ExecutePreprocessor.kernel_name=${NotebookKernel.NAME}",
                "--ExecutePreprocessor.timeout=$cellTimeoutSeconds",
                "--output-dir", tmp.toString(), "--output", "executed.ipynb", notebook.toAbsolutePath().toString(),
            )
            val pb = ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
            val env = pb.environment()
            env["JUPYTER_PATH"] = listOfNotNull(data.toString(), env["JUPYTER_PATH"]).joinToString(java.io.File.pathSeparator)
            env["JUPYTER_RUNTIME_DIR"] = tmp.resolve("runtime").toString()
            env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
            val start = System.nanoTime()
            val process = pb.start()
            if (!process.waitFor(cellTimeoutSeconds + 120L, TimeUnit.SECONDS)) {
                process.destroyForcibly()
                throw ComputationException("$notebook: jupyter nbconvert: no result after ${cellTimeoutSeconds + 120} s")
            }
            val seconds = (System.nanoTime() - start) / 1e9
            val executed = tmp.resolve("executed.ipynb")
            if (process.exitValue() != 0 || !Files.isRegularFile(executed)) {
                val tail = Files.readAllLines(log).filter { it.isNotBlank() }.takeLast(12).joinToString("\n  ")
                throw ComputationException("$notebook: jupyter nbconvert failed (exit ${process.exitValue()}):\n  $tail")
            }
            val text = Files.readString(executed)
            if (output != null) {
                AtomicFiles.writeString(output, text)
            }
            return check(notebook, text, seconds)
        } finally {
            tmp.toFile().deleteRecursively()
        }
    }

    /** Counts cells and images; throws on the first error output, naming its cell (1-based, code and markdown). */
    private fun check(notebook: Path, executed: String, seconds: Double): NotebookRun {
        val cells = (Json.parse(executed, "$notebook (executed)") as Map<*, *>)["cells"] as List<*>
        var code = 0
        var images = 0
        cells.forEachIndexed { index, c ->
            val cell = c as Map<*, *>
            if (cell["cell_type"] != "code") return@forEachIndexed
            code++
            for (o in cell["outputs"] as List<*>) {
                val out = o as Map<*, *>
                if (out["output_type"] == "error") {
                    val source = sourceText(cell["source"]).lineSequence().firstOrNull { it.isNotBlank() }?.trim() ?: ""
                    val value = (out["evalue"] as? String ?: "").lineSequence().firstOrNull()?.take(400) ?: ""
                    throw ComputationException(
                        "$notebook: cell ${index + 1} (`${source.take(80)}`): ${out["ename"]}: $value")
                }
                val data = out["data"] as? Map<*, *> ?: continue
                if ("image/svg+xml" in data || "image/png" in data) images++
            }
        }
        return NotebookRun(code, images, seconds)
    }

    private fun sourceText(source: Any?): String = when (source) {
        is String -> source
        is List<*> -> source.joinToString("") { it.toString() }
        else -> ""
    }

    companion object {
        /** Debian's `/usr/bin/jupyter` when present (a `jupyter` earlier on PATH may lack nbconvert), else PATH's. */
        fun defaultJupyter(): Path {
            val debian = Path.of("/usr/bin/jupyter")
            if (Files.isExecutable(debian)) return debian
            val onPath = (System.getenv("PATH") ?: "").split(java.io.File.pathSeparator)
                .map { Path.of(it, "jupyter") }.firstOrNull { Files.isExecutable(it) }
            return onPath ?: debian
        }
    }
}
