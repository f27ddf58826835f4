package org.cemt.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cemt.structure.Structure;
import org.cemt.structure.io.ExtXyz;
import org.cemt.structure.io.ExtXyzReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Extended XYZ throughput on aspirin-sized frames (21 atoms, species pos forces, energy and two info keys, as in
 * shared/data/aspirin-xtb-train.extxyz): 2,000 frames ≈ 4.6 MB, parsed from memory, streamed from a file, written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtXyzBenchmark {
    @Param({"2000"})
    public int frames;

    private String text;
    private Path file;
    private List<Structure> structures;

    @Setup
    public void setUp() throws IOException {
        Random r = new Random(42);
        int[] z = {6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1};
        structures = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < frames; f++) {
            double[] x = new double[63], g = new double[63];
            for (int i = 0; i < 63; i++) {
                // 8 decimals, as ASE's %16.8f writes them
                x[i] = Math.round((r.nextDouble() - 0.5) * 6e8) / 1e8;
                g[i] = Math.round(r.nextGaussian() * 1.35e8) / 1e8;
            }
            Structure s = Structure.builder(z, x).forces(g).energy(-1077 + 0.2 * r.nextGaussian())
                .info("run", "A").info("time_fs", Double.toString(1000 + 20 * f)).build();
            structures.add(s);
            sb.append(ExtXyz.format(s));
        }
        text = sb.toString();
        file = Files.createTempFile("bench", ".extxyz");
        Files.writeString(file, text);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public List<Structure> parseFromMemory() {
        return ExtXyz.read(new StringReader(text), "bench");
    }

    @Benchmark
    public int streamFromFile() {
        int atoms = 0;
        try (ExtXyzReader rd = ExtXyz.open(file)) {
            while (rd.hasNext()) {
                atoms += rd.next().size();
            }
        }
        return atoms;
    }

    @Benchmark
    public int format() {
        int chars = 0;
        for (Structure s : structures) {
            chars += ExtXyz.format(s).length();
        }
        return chars;
    }
}
