package org.cemt.cli

import org.cemt.model.CemtModel
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/** `cemt train` and `cemt learning-curve` as a user runs them, on a short Au6 EMT trajectory. */
class TrainCommandsTest {
    private fun data(dir: Path): Path {
        val file = dir.resolve("au6.extxyz")
        val g = cemt("generate", "au6", "--frames", "40", "--interval", "20", "--out", file.toString())
        assertEquals(0, g.code, g.err)
        return file
    }

    private val model = arrayOf("--points", "atoms", "--orders", "-1,0,1,2", "--sigmas", "0.5,1.0,1.5",
        "--hidden", "8,8", "--batch", "8", "--threads", "1", "--seed", "3")

    @Test
    fun trainWritesModelRunFolderAndSummaryAndResumes(@TempDir dir: Path) {
        val file = data(dir)
        val out = dir.resolve("m.cemt")
        val run = cemt("train", file.toString(), *model, "--epochs", "2", "--test", "0.2", "--out", out.toString())
        assertEquals(0, run.code, run.err)
        assertTrue(run.out.startsWith("model < refPoints = atoms"), run.out)
        assertTrue(run.out.contains("force training: cached"), run.out)
        assertTrue(run.out.contains("test (never seen):"), run.out)
        assertTrue(run.err.contains("epoch 2/2"), run.err)
        val m = CemtModel.load(out)
        assertEquals(listOf("Au"), m.provenance()["elements"])
        for (f in listOf("spec.txt", "training.json", "split.json", "seed.txt", "checkpoint.cemt")) {
            assertTrue(Files.exists(dir.resolve("m.cemt.run/$f")), f)
        }
        val more = cemt("train", file.toString(), *model, "--epochs", "3", "--test", "0.2", "--out", out.toString(), "--resume")
        assertEquals(0, more.code, more.err)
        assertTrue(more.err.contains("resuming after epoch 2"), more.err)
    }

    @Test
    fun badOptionsEndAsOneLine(@TempDir dir: Path) {
        val file = data(dir)
        val out = dir.resolve("m.cemt")
        val run = cemt("train", file.toString(), *model, "--lr-step", "100/0.5", "--out", out.toString())
        assertEquals(2, run.code)
        assertEquals("cemt: error: training: lr-step: expected EVERY:FACTOR such as 100:0.5, found 100/0.5", run.err.trim())
        val split = cemt("train", file.toString(), *model, "--split", "blocks", "--out", out.toString())
        assertEquals("cemt: error: training: split: expected random or contiguous, found blocks", split.err.trim())
        assertFalse(Files.exists(out))
    }

    @Test
    fun learningCurveWritesOneRowPerSize(@TempDir dir: Path) {
        val file = data(dir)
        val csv = dir.resolve("curve.csv")
        val run = cemt("learning-curve", file.toString(), *model, "--epochs", "2", "--sizes", "10,20", "--csv", csv.toString())
        assertEquals(0, run.code, run.err)
        val lines = Files.readAllLines(csv)
        assertEquals(3, lines.size)
        assertTrue(lines[1].startsWith("10,20,") && lines[2].startsWith("20,20,"), lines.toString())
    }
}
