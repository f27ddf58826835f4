package org.cemt.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (papers, reference values, data sets) beside the repository root, as CI lays it out.
 * {@code CEMT_SHARED} overrides the location. Tests read from it; nothing is copied into the project.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The repository root: the nearest folder above the working directory holding runtime/pom.xml. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("runtime/pom.xml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root (with runtime/pom.xml) not found above "
                + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** A file under shared/, which must exist. */
    public static Path path(String relative) {
        String env = System.getenv("CEMT_SHARED");
        Path shared = env != null ? Path.of(env) : repoRoot().resolveSibling("shared");
        Path f = shared.resolve(relative);
        if (!Files.exists(f)) {
            throw new IllegalStateException("shared data file missing: " + f
                + " (CI lays ../shared beside the repository; set CEMT_SHARED to point elsewhere)");
        }
        return f;
    }
}
