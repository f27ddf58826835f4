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
 * Executes a notebook headless under the cemt kernel (its spec written to a private folder, so nothing needs
 * installing first) with Debian's Jupyter: nbclient, the engine of `jupyter nbconvert --execute`, driven by
 * `run_notebook.py` beside this class, which stops at the first failing cell and names it. The Kotlin kernel reports
 * a failure only in its execute reply (and on stderr), never as an error output, which is why a plain
 * `nbconvert --allow-errors` run cannot be checked afterwards. The kernel runs in its own JVM, as in Jupyter: its
 * REPL API could run cells inside a test JVM, but that JVM carries cemt's Kotlin 2.0 stdlib while the REPL needs its
 * own 1.8.20 one.
 */
class NotebookRunner(private val kernel: NotebookKernel, private val python: Path = Path.of("/usr/bin/python3")) {

    fun run(notebook: Path, output: Path?, cellTimeoutSeconds: Int = 300): NotebookRun {
        if (!Files.isRegularFile(notebook)) {
            throw InputException.of("notebook", "file", "an .ipynb file", "no file $notebook")
        }
        Json.parse(Files.readString(notebook), notebook.toString()) // a malformed file fails here, with its line
        if (!Files.isExecutable(python)) {
            throw InputException.of("notebook", "python", "$python with Jupyter's nbclient (install it: " +
                "scripts/setup-notebooks)", "none")
        }
        val tmp = Files.createTempDirectory("cemt-notebook")
        try {
            val data = tmp.resolve("jupyter")
            kernel.writeSpec(data)
            val driver = tmp.resolve("run_notebook.py")
            NotebookRunner::class.java.getResourceAsStream("run_notebook.py")!!.use { Files.copy(it, driver) }
            val executed = tmp.resolve("executed.ipynb")
            val status = tmp.resolve("status.json")
            val log = tmp.resolve("run.log")
            val pb = ProcessBuilder(python.toString(), driver.toString(), notebook.toAbsolutePath().toString(),
                executed.toString(), status.toString(), NotebookKernel.NAME, cellTimeoutSeconds.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile())
            val env = pb.environment()
            env["JUPYTER_PATH"] = listOfNotNull(data.toString(), env["JUPYTER_PATH"]).joinToString(java.io.File.pathSeparator)
            env["JUPYTER_RUNTIME_DIR"] = tmp.resolve("runtime").toString()
            env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
            val start = System.nanoTime()
            val process = pb.start()
            val limit = cellTimeoutSeconds + 120L
            if (!process.waitFor(limit, TimeUnit.SECONDS)) {
                process.destroyForcibly()
                throw ComputationException("$notebook: no result after $limit s")
            }
            val seconds = (System.nanoTime() - start) / 1e9
            if (process.exitValue() != 0 || !Files.isRegularFile(status)) {
                val tail = Files.readAllLines(log).filter { it.isNotBlank() }.takeLast(12).joinToString("\n  ")
                val hint = if (tail.contains("No module named")) " (install Jupyter: scripts/setup-notebooks)" else ""
                throw ComputationException("$notebook: the notebook runner failed (exit ${process.exitValue()})$hint:\n  $tail")
            }
            val text = Files.readString(executed)
            if (output != null) {
                AtomicFiles.writeString(output, text)
            }
            val cells = (Json.parse(text, "$notebook (executed)") as Map<*, *>)["cells"] as List<*>
            val failure = Json.parse(Files.readString(status), "$status") as Map<*, *>
            if (failure.isNotEmpty()) {
                throw failed(notebook, cells, failure)
            }
            return summary(cells, seconds)
        } finally {
            tmp.toFile().deleteRecursively()
        }
    }

    /** "FILE: cell N (`first line`): ename: evalue", N counting every cell from 1, as Jupyter shows them. */
    private fun failed(notebook: Path, cells: List<*>, failure: Map<*, *>): ComputationException {
        val index = (failure["cell"] as Double).toInt()
        val cell = cells[index] as Map<*, *>
        val line = sourceText(cell["source"]).lineSequence().firstOrNull { it.isNotBlank() }?.trim()?.take(80) ?: ""
        val ename = failure["ename"] as? String ?: ""
        var evalue = (failure["evalue"] as? String ?: "").lineSequence().firstOrNull { it.isNotBlank() } ?: ""
        if (evalue.isEmpty()) { // a compile error: the kernel's reply is terse, its stderr says what went wrong
            evalue = (cell["outputs"] as List<*>).map { it as Map<*, *> }
                .filter { it["output_type"] == "stream" && it["name"] == "stderr" }
                .joinToString("") { sourceText(it["text"]) }.lineSequence().firstOrNull { it.isNotBlank() } ?: ""
        }
        val what = listOf(ename, evalue.take(400)).filter { it.isNotEmpty() }.joinToString(": ")
        return ComputationException("$notebook: cell ${index + 1} (`$line`): $what")
    }

    private fun summary(cells: List<*>, seconds: Double): NotebookRun {
        var code = 0
        var images = 0
        for (c in cells) {
            val cell = c as Map<*, *>
            if (cell["cell_type"] != "code") continue
            code++
            for (o in cell["outputs"] as List<*>) {
                val data = (o as Map<*, *>)["data"] as? Map<*, *> ?: continue
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
}
