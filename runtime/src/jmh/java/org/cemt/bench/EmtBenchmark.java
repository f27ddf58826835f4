package org.cemt.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cemt.calc.Emt;
import org.cemt.core.Element;
import org.cemt.md.Velocities;
import org.cemt.md.VelocityVerlet;
import org.cemt.md.generate.EmtRecipe;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * EMT speed against ASE's (benchmarks/ase_emt.py measures the same two cases): NVE velocity-Verlet steps of the Au6
 * cluster per second, and energy+forces calls per second on a rattled periodic fcc Cu cell of 4n³ atoms
 * (n = 3: 108 atoms). Fixed seeds. Run: {@code java -jar runtime/target/benchmarks.jar EmtBenchmark -f 1 -wi 2 -i 3}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EmtBenchmark {
    /** One persistent Au6 trajectory: each invocation is one MD step (EMT call included). */
    @State(Scope.Thread)
    public static class Au6Md {
        VelocityVerlet md;

        @Setup
        public void setup() {
            Structure s = EmtRecipe.AU6.start();
            double[] m = new double[s.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = Element.mass(s.number(i));
            }
            double[] v = Velocities.initial(m, s.positions(), 300, true, null, new Random(42));
            md = new VelocityVerlet(new Emt(), s, v, 1.0);
        }
    }

    /** A rattled fcc Cu cell, a = 3.61 Å, n×n×n conventional cells. */
    @State(Scope.Thread)
    public static class CopperCell {
        @Param({"3"})
        int n;
        Structure cell;
        final Emt emt = new Emt();

        @Setup
        public void setup() {
            double a = 3.61;
            double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
            int atoms = 4 * n * n * n;
            double[] r = new double[3 * atoms];
            int[] z = new int[atoms];
            Random rng = new Random(1);
            int c = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        for (double[] b : basis) {
                            r[3 * c] = (i + b[0]) * a + 0.05 * rng.nextGaussian();
                            r[3 * c + 1] = (j + b[1]) * a + 0.05 * rng.nextGaussian();
                            r[3 * c + 2] = (k + b[2]) * a + 0.05 * rng.nextGaussian();
                            z[c++] = 29;
                        }
                    }
                }
            }
            cell = Structure.of(z, r, Cell.orthorhombic(n * a, n * a, n * a));
        }
    }

    @Benchmark
    public double au6MdStep(Au6Md state) {
        state.md.step();
        return state.md.potentialEnergy();
    }

    @Benchmark
    public double copperEnergyAndForces(CopperCell state) {
        return state.emt.calculate(state.cell).forces()[0];
    }
}
