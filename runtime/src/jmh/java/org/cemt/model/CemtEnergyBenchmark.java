package org.cemt.model;

import java.util.concurrent.TimeUnit;
import org.cemt.gmp.Featurizer;
import org.cemt.gmp.GmpSpec;
import org.cemt.refpoint.RefPointSpec;
import org.cemt.refpoint.ReferencePointSet;
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
 * One CEMT energy + forces evaluation of aspirin (frame 0), one thread: set construction, GMP features (the paper's
 * grid model features: orders −1..3 × σ 0.1..0.5, 21 columns) and the matrix-free force assembly, for each set;
 * compare with PointSetBenchmark.build to see the set's share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CemtEnergyBenchmark {
    @Param({"atoms", "bonds", "grid"})
    public String set;

    private Structure aspirin;
    private RefPointSpec spec;
    private Featurizer gmp;
    private PointModel model;

    @Setup
    public void setUp() {
        aspirin = Structure.molecule(org.cemt.refpoint.PointSetBenchmark.NUMBERS,
            org.cemt.refpoint.PointSetBenchmark.ASPIRIN);
        spec = RefPointSpec.parse(set);
        gmp = Featurizer.of(GmpSpec.builder().orders(-1, 0, 1, 2, 3).sigmas(0.1, 0.2, 0.3, 0.4, 0.5).build());
        int f = gmp.layout().size();
        model = new PointModel() {
            @Override
            public int inputs() {
                return f;
            }

            @Override
            public void evaluate(double[] x, int m, double[] e, double[] g) {
                for (int i = 0; i < m; i++) {
                    double s = 0;
                    for (int k = 0; k < f; k++) {
                        s += 0.01 * x[i * f + k] * x[i * f + k];
                        if (g != null) {
                            g[i * f + k] = 0.02 * x[i * f + k];
                        }
                    }
                    e[i] = s;
                }
            }
        };
    }

    /** Points, features and their derivative products, energy and forces. */
    @Benchmark
    public CemtResult energyAndForces() {
        ReferencePointSet p = spec.build(aspirin);
        return CemtEnergy.evaluate(aspirin, p, gmp.compute(aspirin, p.points()), model, null,
            CemtEnergy.Want.FORCES);
    }
}
