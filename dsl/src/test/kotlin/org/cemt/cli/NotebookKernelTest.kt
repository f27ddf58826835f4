package org.cemt.cli

import java.nio.file.Files
import java.nio.file.Path
import org.cemt.core.InputException
import org.cemt.core.Json
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/** The kernel spec starts the kernel from the jars folder, gives cells every jar, and keeps its log at WARN. */
class NotebookKernelTest {
    @Test
    fun specStartsTheKernelWithEveryJarOnTheCellsClasspath(@TempDir tmp: Path) {
        val jars = Files.createDirectories(tmp.resolve("kernel"))
        for (j in listOf("kotlin-jupyter-kernel-0.11.0-398.jar", "cemt-dsl-0.1.0-SNAPSHOT.jar", "README.txt")) {
            Files.writeString(jars.resolve(j), "")
        }
        val dir = NotebookKernel(jars).writeSpec(tmp.resolve("data"))
        assertEquals(tmp.resolve("data/kernels/cemt-kotlin").toAbsolutePath(), dir)
        @Suppress("UNCHECKED_CAST")
        val spec = Json.parse(Files.readString(dir.resolve("kernel.json")), "kernel.json") as Map<String, Any>
        assertEquals("kotlin", spec["language"])
        @Suppress("UNCHECKED_CAST")
        val argv = spec["argv"] as List<String>
        assertTrue(argv[0].endsWith("/bin/java"), argv[0])
        assertEquals(listOf("-cp", "$jars/*", "org.jetbrains.kotlinx.jupyter.IkotlinKt", "{connection_file}"),
            argv.subList(3, 7))
        assertEquals("-cp=$jars/cemt-dsl-0.1.0-SNAPSHOT.jar:$jars/kotlin-jupyter-kernel-0.11.0-398.jar", argv[7])
        assertEquals("-home=$dir/home", argv[8])
        assertTrue(Files.isDirectory(dir.resolve("home")))
        val logback = argv[2].removePrefix("-Dlogback.configurationFile=")
        assertTrue(Files.readString(Path.of(logback)).contains("<root level=\"WARN\">"))
    }

    @Test
    fun installWritesTheSpecWhereJupyterLooks(@TempDir tmp: Path) {
        val jars = Files.createDirectories(tmp.resolve("kernel"))
        Files.writeString(jars.resolve("kotlin-jupyter-kernel-0.11.0-398.jar"), "")
        val code = Main.commandLine().execute("notebook", "install", "--kernel-jars", jars.toString(),
            "--data-dir", tmp.resolve("data").toString())
        assertEquals(0, code)
        assertTrue(Files.isRegularFile(tmp.resolve("data/kernels/cemt-kotlin/kernel.json")))
        val missing = Main.commandLine().execute("notebook", "install", "--kernel-jars", tmp.resolve("none").toString(),
            "--data-dir", tmp.resolve("data2").toString())
        assertEquals(2, missing, "bad input exits with 2")
        assertTrue(Files.notExists(tmp.resolve("data2")))
    }

    @Test
    fun aFolderWithoutTheKernelIsRefusedWithTheBuildCommand(@TempDir tmp: Path) {
        val e = assertThrows<InputException> { NotebookKernel(tmp) }
        assertEquals("notebook: kernel jars: expected $tmp holding kotlin-jupyter-kernel-*.jar (build them: " +
            "mvn -B -q -ntp -DskipTests -pl notebooks -am package), found none", e.message)
    }
}
