package org.cemt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of STYLE.md §1: a package may import only packages of earlier layers (and itself). A later-layer
 * import — say {@code gmp} reaching into {@code model} — fails here, naming the file and line.
 */
class LayeringTest {
    /** Layer rank of each package under org.cemt; a package imports only ranks ≤ its own (its own package only). */
    static final Map<String, Integer> RANK = Map.ofEntries(
        Map.entry("core", 0), Map.entry("structure", 1), Map.entry("structure.io", 2), Map.entry("neighbor", 3),
        Map.entry("density", 4), Map.entry("gmp", 5), Map.entry("refpoint", 6), Map.entry("model", 7),
        Map.entry("train", 8), Map.entry("calc", 9), Map.entry("md", 10), Map.entry("dsl", 11),
        Map.entry("plot", 12), Map.entry("cli", 13), Map.entry("gallery", 14));

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+org\\.cemt\\.([a-z.]+?)\\s*;?\\s*$");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?org\\.cemt\\.([a-z.]+)\\.[A-Z*].*");

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("runtime/pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    static int rankOf(String pkg) {
        String p = pkg;
        while (true) {
            Integer r = RANK.get(p);
            if (r != null) {
                return r;
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return -1;
            }
            p = p.substring(0, dot);
        }
    }

    /** Violations in one source text: "file:line: pkg imports later-layer pkg". */
    static List<String> violations(String file, List<String> lines) {
        List<String> out = new ArrayList<>();
        String own = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            Matcher pm = PACKAGE.matcher(line);
            if (pm.matches()) {
                own = pm.group(1);
                if (rankOf(own) < 0) {
                    out.add(file + ":" + (i + 1) + ": package org.cemt." + own + " is in no layer of STYLE.md");
                }
                continue;
            }
            Matcher im = IMPORT.matcher(line);
            if (im.matches() && own != null) {
                String target = im.group(1);
                int tr = rankOf(target);
                if (tr < 0) {
                    out.add(file + ":" + (i + 1) + ": imports org.cemt." + target + ", which is in no layer");
                } else if (tr > rankOf(own)) {
                    out.add(file + ":" + (i + 1) + ": org.cemt." + own + " imports later layer org.cemt." + target);
                }
            }
        }
        return out;
    }

    @Test
    void everyImportPointsDownTheLayers() throws IOException {
        Path root = root();
        List<String> bad = new ArrayList<>();
        int files = 0;
        for (String dir : List.of("runtime/src/main/java", "dsl/src/main/kotlin", "gallery/src/main/kotlin")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                for (Path f : s.filter(x -> x.toString().endsWith(".java") || x.toString().endsWith(".kt")).toList()) {
                    files++;
                    bad.addAll(violations(root.relativize(f).toString(), Files.readAllLines(f)));
                }
            }
        }
        assertTrue(files > 5, "expected the sources of runtime and dsl, found " + files + " files");
        if (!bad.isEmpty()) {
            fail(String.join("\n", bad));
        }
    }

    @Test
    void runtimeHasNoKotlin() throws IOException {
        try (Stream<Path> s = Files.walk(root().resolve("runtime/src"))) {
            assertEquals(List.of(), s.filter(x -> x.toString().endsWith(".kt")).toList());
        }
    }

    @Test
    void anUpwardImportIsCaught() {
        List<String> v = violations("X.java", List.of("package org.cemt.gmp;", "import org.cemt.model.Snn;",
            "import org.cemt.structure.Structure;"));
        assertEquals(List.of("X.java:2: org.cemt.gmp imports later layer org.cemt.model"), v);
    }
}
