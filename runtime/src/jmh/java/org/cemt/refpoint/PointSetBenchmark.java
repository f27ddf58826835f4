package org.cemt.refpoint;

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
 * Time to build the reference points of aspirin (frame 0 of shared/data/aspirin-xtb-train.extxyz, 21 atoms) per
 * set, and one chain-rule pass through them. The grid at 0.3 Å / 3 Å keeps ~24k points; building it must be a
 * negligible part of a features + forces evaluation (peers.md: GMP 21 features on that grid, 0.47 s in C++).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PointSetBenchmark {
    public static final double[] ASPIRIN = {
        -2.64983733, -2.38111283, -0.49832916, -2.17468852, -0.94289760, -0.24239582,
        -2.94401884, -0.03935061, -0.22652253, -0.92215164, -0.96057691, 0.08742924,
        -0.15149194, 0.19167881, 0.00505713, -0.67248635, 1.47061694, -0.37150436,
        0.13230264, 2.60897364, -0.45353991, 1.45624132, 2.51895006, -0.14418578,
        2.00904526, 1.30368367, 0.04902280, 1.25605541, 0.11265225, 0.14088169,
        1.90342473, -1.20153430, 0.22668537, 1.37351043, -2.20178607, 0.61250598,
        3.26571540, -1.05657275, 0.14092996, -2.20075409, -3.03984629, 0.30951195,
        -2.36651729, -2.68817287, -1.57388468, -3.70622846, -2.64679936, -0.23672139,
        -1.66594654, 1.43158311, -0.48673829, -0.40005227, 3.55548832, -0.57664966,
        2.15338574, 3.38276616, -0.30847374, 3.03668639, 1.33297664, -0.03499110,
        3.79836918, -1.84035476, 0.29384414};
    public static final int[] NUMBERS = {6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1};

    @Param({"atoms", "bonds", "grid", "grid:0.3:3.0:smooth=0.5", "grid-aug"})
    public String set;

    private Structure aspirin;
    private RefPointSpec spec;
    private ReferencePointSet points;
    private double[] gPoints;
    private double[] values;

    @Setup
    public void setUp() {
        aspirin = Structure.molecule(NUMBERS, ASPIRIN);
        spec = RefPointSpec.parse(set);
        points = spec.build(aspirin);
        gPoints = new double[3 * points.size()];
        values = new double[points.size()];
        for (int i = 0; i < gPoints.length; i++) {
            gPoints[i] = Math.sin(i);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.cos(i);
        }
    }

    /** Building the set (neighbour search, vacuum cut, weights and their derivatives). */
    @Benchmark
    public ReferencePointSet build() {
        return spec.build(aspirin);
    }

    /** chainToAtoms + weightGradient: the set's share of one force evaluation. */
    @Benchmark
    public double[] chainRule() {
        double[] out = points.chainToAtoms(gPoints, new double[3 * aspirin.size()]);
        return points.weightGradient(values, out);
    }
}
