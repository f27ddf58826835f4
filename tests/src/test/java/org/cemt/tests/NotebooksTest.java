package org.cemt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cemt.cli.Main;
import org.cemt.core.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The notebooks under notebooks/ as a user runs them: `cemt notebook run` executes each headless (Debian's jupyter
 * nbconvert and the Kotlin kernel of notebooks/target/kernel; scripts/setup-notebooks installs the former, the
 * build copies the latter). No cell may fail, and every cell that draws a cemt figure must show it as an image.
 */
class NotebooksTest {
    private static final Path ROOT = LayeringTest.root();
    private static final Path JARS = ROOT.resolve("notebooks/target/kernel");
    /** A cell calling one of org.cemt.plot's renderers returns a figure; the kernel must show it as an image. */
    private static final Pattern PLOT_CALL = Pattern.compile(
        "\\b(learningCurvePlot|parityPlot|forceCoefficientPlot|referencePointPlot|featureHeatmap|mdEnergyPlot)\\(");

    private record Cli(int code, String err) {
    }

    private static Cli cemt(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.INSTANCE.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return new Cli(cl.execute(args), err.toString());
    }

    private static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("notebooks"))) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cells(Path notebook) throws IOException {
        Map<String, Object> nb = (Map<String, Object>) Json.parse(Files.readString(notebook), notebook.toString());
        return (List<Map<String, Object>>) nb.get("cells");
    }

    /** A cell's source, or a stream output's text: one string or a list of lines. */
    private static String source(Map<String, Object> cell) {
        Object s = cell.containsKey("source") ? cell.get("source") : cell.get("text");
        return s instanceof List<?> l ? String.join("", l.stream().map(String::valueOf).toList()) : String.valueOf(s);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNotebookRunsWithoutAnErrorAndShowsItsFigures(@TempDir Path tmp) throws IOException {
        List<Path> notebooks = notebooks();
        assertFalse(notebooks.isEmpty(), "no notebook under " + ROOT.resolve("notebooks"));
        for (Path nb : notebooks) {
            Path out = tmp.resolve(nb.getFileName());
            Cli r = cemt("notebook", "run", nb.toString(), "--output", out.toString(), "--kernel-jars", JARS.toString());
            assertEquals(0, r.code(), nb + ": " + r.err());
            List<String> missing = new ArrayList<>();
            int figures = 0;
            for (Map<String, Object> cell : cells(out)) {
                if (!"code".equals(cell.get("cell_type"))) {
                    continue;
                }
                List<Map<String, Object>> outputs = (List<Map<String, Object>>) cell.get("outputs");
                for (Map<String, Object> o : outputs) {
                    assertFalse("error".equals(o.get("output_type")), nb + ": cell " + cell.get("id") + ": " + o);
                }
                if (PLOT_CALL.matcher(source(cell)).find()) {
                    figures++;
                    boolean image = outputs.stream().anyMatch(o -> o.get("data") instanceof Map<?, ?> d
                        && (d.containsKey("image/svg+xml") || d.containsKey("image/png")));
                    if (!image) {
                        missing.add(String.valueOf(cell.get("id")));
                    }
                }
            }
            assertTrue(figures > 0 || !nb.getFileName().toString().contains("plot"), nb + ": no figure cell found");
            assertEquals(List.of(), missing, nb + ": figure cells without an image output");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void notebooksAreCommittedWithoutOutputs() throws IOException {
        for (Path nb : notebooks()) {
            assertEquals("cemt-kotlin", ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                Json.parse(Files.readString(nb), nb.toString())).get("metadata")).get("kernelspec")).get("name"), nb + "");
            for (Map<String, Object> cell : cells(nb)) {
                if ("code".equals(cell.get("cell_type"))) {
                    assertEquals(List.of(), cell.get("outputs"), nb + ": cell " + cell.get("id"));
                    assertEquals(null, cell.get("execution_count"), nb + ": cell " + cell.get("id"));
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingCellIsNamedWithItsError(@TempDir Path tmp) throws IOException {
        Path nb = tmp.resolve("broken.ipynb");
        Files.writeString(nb, """
            {"cells": [
              {"cell_type": "markdown", "id": "m", "metadata": {}, "source": ["# broken"]},
              {"cell_type": "code", "id": "a", "metadata": {}, "execution_count": null, "outputs": [],
               "source": ["val n = 6"]},
              {"cell_type": "code", "id": "b", "metadata": {}, "execution_count": null, "outputs": [],
               "source": ["check(n == 7) { \\"carbon has Z = $n\\" }"]}],
             "metadata": {"kernelspec": {"name": "cemt-kotlin", "display_name": "Kotlin (cemt)", "language": "kotlin"}},
             "nbformat": 4, "nbformat_minor": 5}
            """);
        Path out = tmp.resolve("executed.ipynb");
        Cli r = cemt("notebook", "run", nb.toString(), "--output", out.toString(), "--kernel-jars", JARS.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("cemt: error: computation failed: " + nb + ": cell 3 (`check(n == 7) { \"carbon has Z = $n\" }`): "
            + "org.jetbrains.kotlinx.jupyter.exceptions.ReplEvalRuntimeException: carbon has Z = 6", r.err().strip());
        // the executed notebook is kept, up to and with the failing cell
        List<Map<String, Object>> ran = cells(out);
        assertEquals(1.0, ran.get(1).get("execution_count"));
        assertTrue(source((Map<String, Object>) ((List<?>) ran.get(2).get("outputs")).get(0)).contains("carbon has Z = 6"));
    }
}
