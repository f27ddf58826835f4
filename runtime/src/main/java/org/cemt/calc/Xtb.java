package org.cemt.calc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cemt.core.ComputationException;
import org.cemt.core.InputException;
import org.cemt.core.Units;
import org.cemt.structure.Structure;

/**
 * GFN2-xTB (Bannwarth, Ehlert, Grimme, JCTC 15, 1652 (2019)) through the {@code xtb} program (Debian package
 * {@code xtb}, tested with 6.5.1): one process per structure, {@code xtb mol.xyz --grad --chrg C --uhf U} with
 * {@code OMP_NUM_THREADS=1} in a fresh temporary folder that is deleted afterwards. Energy (Eh) and gradient
 * (Eh/bohr) come from the Turbomole-style {@code gradient} file xtb writes; E[eV] = E[Eh]·HARTREE and
 * F[eV/Å] = −g·HARTREE/BOHR, the conventions of {@code shared/data/README.md}. Isolated molecules only (no cell).
 * Immutable and thread-safe; {@link #calculateAll} runs several processes at once.
 */
public final class Xtb implements Calculator {
    /** The line that installs the program on Debian. */
    public static final String INSTALL = "apt-get install xtb";

    private final String program;
    private final int charge;
    private final int uhf;
    private final double timeoutSeconds;

    private Xtb(String program, int charge, int uhf, double timeoutSeconds) {
        this.program = program;
        this.charge = charge;
        this.uhf = uhf;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** {@code xtb} from PATH, neutral, closed shell (uhf 0), 300 s per structure. */
    public static Xtb defaults() {
        return new Xtb("xtb", 0, 0, 300);
    }

    /** The executable: a name looked up on PATH or a path. */
    public Xtb withProgram(String executable) {
        if (executable == null || executable.isBlank()) {
            throw InputException.of("xtb", "program", "a program name or path", "'" + executable + "'");
        }
        return new Xtb(executable, charge, uhf, timeoutSeconds);
    }

    /** Total charge, elementary charges ({@code --chrg}). */
    public Xtb withCharge(int c) {
        return new Xtb(program, c, uhf, timeoutSeconds);
    }

    /** Number of unpaired electrons ({@code --uhf}), ≥ 0. */
    public Xtb withUnpairedElectrons(int n) {
        if (n < 0) {
            throw InputException.of("xtb", "uhf", "a non-negative number of unpaired electrons", n);
        }
        return new Xtb(program, charge, n, timeoutSeconds);
    }

    /** Wall-clock limit per xtb process, s. */
    public Xtb withTimeoutSeconds(double s) {
        if (!(s > 0) || !Double.isFinite(s)) {
            throw InputException.of("xtb", "timeout", "a positive number of seconds", s);
        }
        return new Xtb(program, charge, uhf, s);
    }

    public String program() {
        return program;
    }

    public int charge() {
        return charge;
    }

    public int unpairedElectrons() {
        return uhf;
    }

    /** True if the program starts ({@code xtb --version} exits normally). */
    public boolean isAvailable() {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Calculation calculate(Structure s) {
        checkMolecule(s);
        Path dir = tempDir();
        try {
            writeXyz(dir.resolve("mol.xyz"), s);
            run(dir, s, "mol.xyz", "--grad");
            return readGradient(dir.resolve("gradient"), s);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Relaxes {@code s} with xtb's own optimiser ({@code xtb mol.xyz --opt}, default "normal" level: energy change
     * 5e-6 Eh, gradient 1e-3 Eh/bohr) and returns the optimum geometry (no energy attached; run
     * {@link #calculate} for that, as the shared molecule set does).
     */
    public Structure optimize(Structure s) {
        checkMolecule(s);
        Path dir = tempDir();
        try {
            writeXyz(dir.resolve("mol.xyz"), s);
            run(dir, s, "mol.xyz", "--opt");
            Path opt = dir.resolve("xtbopt.xyz");
            if (!Files.isRegularFile(opt)) {
                throw new ComputationException("xtb: " + label(s) + ": optimisation wrote no xtbopt.xyz");
            }
            List<String> lines = Files.readAllLines(opt, StandardCharsets.UTF_8);
            double[] r = new double[3 * s.size()];
            for (int i = 0; i < s.size(); i++) {
                String[] f = lines.get(2 + i).trim().split("\\s+");
                for (int a = 0; a < 3; a++) {
                    r[3 * i + a] = Double.parseDouble(f[1 + a]);
                }
            }
            return copyInfo(s, r);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ComputationException ce) {
                throw ce;
            }
            throw new ComputationException("xtb: " + label(s) + ": unreadable xtbopt.xyz: " + e.getMessage(), e);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * Calculates every structure with up to {@code workers} xtb processes at once; results in input order. The
     * first failure stops the batch and is rethrown.
     */
    public List<Calculation> calculateAll(List<Structure> structures, int workers) {
        if (workers < 1) {
            throw InputException.of("xtb", "workers", "at least 1", workers);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, structures.size())));
        try {
            List<Future<Calculation>> futures = new ArrayList<>();
            for (Structure s : structures) {
                futures.add(pool.submit(() -> calculate(s)));
            }
            List<Calculation> out = new ArrayList<>();
            for (Future<Calculation> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new ComputationException("xtb: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputationException("xtb: interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private Structure copyInfo(Structure s, double[] r) {
        Structure.Builder b = Structure.builder(s.numbers(), r).cell(s.cell());
        s.info().forEach(b::info);
        return b.build();
    }

    private static void checkMolecule(Structure s) {
        if (s.isPeriodic()) {
            throw InputException.of("xtb", "cell", "an isolated molecule (no periodic directions)", "a periodic cell");
        }
        if (s.size() == 0) {
            throw InputException.of("xtb", "atoms", "at least one atom", 0);
        }
    }

    /** A name for messages: the frame's SMILES if it has one, else its formula. */
    static String label(Structure s) {
        String smiles = s.info().get("smiles");
        return smiles != null ? s.formula() + " (" + smiles + ")" : s.formula();
    }

    private void run(Path dir, Structure s, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(program);
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--chrg", Integer.toString(charge), "--uhf", Integer.toString(uhf)));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
            .redirectOutput(dir.resolve("xtb.out").toFile()).redirectError(dir.resolve("xtb.err").toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("OMP_STACKSIZE", "500M");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ComputationException("xtb: program: expected the GFN2-xTB program '" + program
                + "' (install: " + INSTALL + "), found none: " + e.getMessage(), e);
        }
        try {
            if (!p.waitFor((long) Math.ceil(timeoutSeconds * 1000), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new ComputationException("xtb: " + label(s) + ": no result within the timeout of "
                    + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ComputationException("xtb: " + label(s) + ": interrupted", e);
        }
        String out = readQuietly(dir.resolve("xtb.out")) + "\n" + readQuietly(dir.resolve("xtb.err"));
        if (p.exitValue() != 0 || out.contains("SCF not converged") || out.contains("[ERROR]")) {
            throw new ComputationException("xtb: " + label(s) + ": " + String.join(" ", args) + " failed (exit code "
                + p.exitValue() + "): " + lastError(out));
        }
    }

    /** The first [ERROR] or "not converged" line of xtb's output, else its last non-blank line. */
    private static String lastError(String out) {
        String last = "no output";
        for (String line : out.split("\n")) {
            String t = line.trim();
            if (t.contains("[ERROR]") || t.contains("not converged")) {
                return t;
            }
            if (!t.isEmpty()) {
                last = t;
            }
        }
        return last;
    }

    /** Parses {@code $grad / cycle = 1 SCF energy = E ... / n coordinate lines / n gradient lines / $end}. */
    static Calculation readGradient(Path file, Structure s) {
        int n = s.size();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int cycle = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("SCF energy")) {
                    cycle = i;
                }
            }
            if (cycle < 0 || lines.size() < cycle + 1 + 2 * n) {
                throw new ComputationException("xtb: " + label(s) + ": gradient file: expected an SCF energy and "
                    + n + " gradient lines, found " + lines.size() + " lines");
            }
            String[] head = lines.get(cycle).trim().split("\\s+");
            double energyEh = Double.NaN;
            for (int k = 0; k + 2 < head.length; k++) {
                if (head[k].equals("SCF") && head[k + 1].equals("energy") && head[k + 2].equals("=")) {
                    energyEh = Double.parseDouble(head[k + 3]);
                }
            }
            double[] forces = new double[3 * n];
            double toForce = -Units.HARTREE / Units.BOHR;
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(cycle + 1 + n + i).trim().split("\\s+");
                for (int a = 0; a < 3; a++) {
                    forces[3 * i + a] = toForce * Double.parseDouble(f[a].replace('D', 'E').replace('d', 'e'));
                }
            }
            double energy = energyEh * Units.HARTREE;
            if (!Double.isFinite(energy)) {
                throw new ComputationException("xtb: " + label(s) + ": energy " + energy + " eV");
            }
            return new Calculation(energy, forces, null);
        } catch (IOException e) {
            throw new ComputationException("xtb: " + label(s) + ": no gradient file: " + e.getMessage(), e);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new ComputationException("xtb: " + label(s) + ": unreadable gradient file: " + e.getMessage(), e);
        }
    }

    /** Plain xyz with 12-decimal positions (Å). */
    static void writeXyz(Path file, Structure s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.size()).append("\n").append(s.formula()).append("\n");
        for (int i = 0; i < s.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-2s %.12f %.12f %.12f%n", s.symbol(i), s.position(i, 0),
                s.position(i, 1), s.position(i, 2)));
        }
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComputationException("xtb: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("cemt-xtb");
        } catch (IOException e) {
            throw new ComputationException("xtb: cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is not worth failing a finished calculation for
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
