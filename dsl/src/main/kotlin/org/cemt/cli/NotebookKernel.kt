package org.cemt.cli

import java.nio.file.Files
import java.nio.file.Path
import org.cemt.core.AtomicFiles
import org.cemt.core.InputException
import org.cemt.core.Json

/**
 * The Kotlin notebook kernel as cemt runs it: the jars that `mvn -pl notebooks -am package` copies into
 * `notebooks/target/kernel/` (the kernel, Kotlin 1.8.20, cemt and its libraries) and the kernel spec Jupyter starts
 * it from. The same folder is the kernel's classpath and the cells' classpath, so a cell sees every cemt class.
 */
class NotebookKernel(val jars: Path) {
    init {
        val main = if (Files.isDirectory(jars)) Files.list(jars).use { s ->
            s.anyMatch { it.fileName.toString().startsWith("kotlin-jupyter-kernel-") }
        } else false
        if (!main) {
            throw InputException.of("notebook", "kernel jars", "$jars holding kotlin-jupyter-kernel-*.jar (build them: " +
                "mvn -B -q -ntp -DskipTests -pl notebooks -am package)", if (Files.isDirectory(jars)) "none" else "no folder")
        }
    }

    /**
     * Writes the kernel spec into `dataDir/kernels/NAME/`: `kernel.json` (java with the kernel jars, the cells'
     * classpath, a home folder beside it) and a WARN-level logback configuration, so the kernel does not log its
     * environment into every notebook's stderr. Returns the spec's folder.
     */
    fun writeSpec(dataDir: Path): Path {
        val dir = dataDir.resolve("kernels").resolve(NAME).toAbsolutePath()
        val home = Files.createDirectories(dir.resolve("home"))
        val logback = dir.resolve("logback.xml")
        AtomicFiles.writeString(logback, LOGBACK)
        val cellJars = Files.list(jars).use { s ->
            s.filter { it.fileName.toString().endsWith(".jar") }.map { it.toAbsolutePath().toString() }.sorted().toList()
        }
        val javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString()
        val argv = listOf(
            javaExe, "-Xmx4g", "-Dlogback.configurationFile=$logback",
            "-cp", jars.toAbsolutePath().resolve("*").toString(), MAIN_CLASS, "{connection_file}",
            "-cp=" + cellJars.joinToString(java.io.File.pathSeparator), "-home=$home",
        )
        val spec = linkedMapOf<String, Any>(
            "argv" to argv, "display_name" to DISPLAY_NAME, "language" to "kotlin", "interrupt_mode" to "message",
        )
        AtomicFiles.writeString(dir.resolve("kernel.json"), Json.write(spec) + "\n")
        return dir
    }

    companion object {
        /** The kernel spec's name; notebooks under notebooks/ name it in their metadata. */
        const val NAME = "cemt-kotlin"
        const val DISPLAY_NAME = "Kotlin (cemt)"
        const val MAIN_CLASS = "org.jetbrains.kotlinx.jupyter.IkotlinKt"

        private val LOGBACK = """
            <configuration>
              <appender name="stderr" class="ch.qos.logback.core.ConsoleAppender">
                <target>System.err</target>
                <encoder><pattern>%d{HH:mm:ss} %-5level %logger{24} - %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="stderr"/></root>
            </configuration>
        """.trimIndent() + "\n"

        /**
         * The project's kernel jars: `notebooks/target/kernel/` of the checkout holding this program (the cemt jar
         * sits in `dsl/target/`), else of the working folder or one above it.
         */
        fun defaultJars(): Path {
            val here = runCatching { Path.of(NotebookKernel::class.java.protectionDomain.codeSource.location.toURI()) }
                .getOrNull()
            for (start in listOfNotNull(here, Path.of("").toAbsolutePath())) {
                var p: Path? = start.toAbsolutePath()
                while (p != null) {
                    if (Files.isRegularFile(p.resolve("notebooks/pom.xml"))) {
                        return p.resolve("notebooks/target/kernel")
                    }
                    p = p.parent
                }
            }
            return Path.of("notebooks/target/kernel").toAbsolutePath()
        }

        /** Jupyter's per-user data folder: `JUPYTER_DATA_DIR`, else `XDG_DATA_HOME/jupyter`, else `~/.local/share/jupyter`. */
        fun userDataDir(): Path {
            System.getenv("JUPYTER_DATA_DIR")?.takeIf { it.isNotBlank() }?.let { return Path.of(it) }
            val xdg = System.getenv("XDG_DATA_HOME")?.takeIf { it.isNotBlank() }
            return if (xdg != null) Path.of(xdg, "jupyter")
            else Path.of(System.getProperty("user.home"), ".local", "share", "jupyter")
        }
    }
}
