package org.cemt.gmp;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.cemt.structure.Structure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * GMP features, and features plus one VJP w.r.t. atoms (forces), per structure (issue 4 targets; C++ reference
 * figures in shared/reference/peers.md):
 * {@code aspirin241} 21 atoms × 241 features (orders −1..5 × 40 σ 0.05..2.0) at atoms;
 * {@code aspirinGrid21} 21 features (orders −1..3 × σ 0.1..0.5) on the 0.3 Å grid, 3 Å cut;
 * {@code aspirinAtoms21} and {@code cu1000Atoms21}: the 21 features at the atoms of aspirin and of a 1,000-atom
 * periodic fcc Cu cell (scaling with atoms; also {@code cu500Atoms21}, {@code cu2000Atoms21} via -p). NC-SR
 * densities, θ = 1e-16. {@code threads} 1 or 2. On a loaded machine compare CPU time: {@link GmpCpuTime}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GmpBenchmark {
    @Param({"aspirin241", "aspirinGrid21", "aspirinAtoms21", "cu1000Atoms21"})
    public String system;

    @Param({"1", "2"})
    public int threads;

    private Featurizer featurizer;
    private Structure structure;
    private double[] points;
    private double[] g;

    @Setup
    public void setup() {
        GmpSpec.Builder b = GmpSpec.builder();
        if (system.equals("aspirin241")) {
            double[] s = new double[40];
            for (int i = 0; i < 40; i++) {
                s[i] = 0.05 * (i + 1);
            }
            b.orders(-1, 0, 1, 2, 3, 4, 5).sigmas(s);
        } else {
            b.orders(-1, 0, 1, 2, 3).sigmas(0.1, 0.2, 0.3, 0.4, 0.5);
        }
        featurizer = Featurizer.of(b.build()).withThreads(threads);
        structure = switch (system) {
            case "cu500Atoms21" -> BenchmarkSystems.copper(5, 5, 5);
            case "cu1000Atoms21" -> BenchmarkSystems.copper(5, 5, 10);
            case "cu2000Atoms21" -> BenchmarkSystems.copper(10, 5, 10);
            default -> BenchmarkSystems.aspirin();
        };
        points = system.equals("aspirinGrid21") ? BenchmarkSystems.grid(structure, 0.3, 3.0) : structure.positions();
        g = new double[points.length / 3 * featurizer.layout().size()];
        Arrays.fill(g, 1.0);
    }

    @Benchmark
    public double[] features() {
        return featurizer.compute(structure, points).values();
    }

    @Benchmark
    public double[] featuresAndVjp() {
        GmpFeatures f = featurizer.compute(structure, points);
        return f.vjpAtoms(g, new double[3 * structure.size()]);
    }

    /** What stress adds to forces: one more pass over the entries, the strain product (StrainVjp). */
    @Benchmark
    public double[] featuresVjpAndStrain() {
        GmpFeatures f = featurizer.compute(structure, points);
        f.vjpAtoms(g, new double[3 * structure.size()]);
        return f.vjpStrain(g, new double[9]);
    }
}
