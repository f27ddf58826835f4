package org.cemt.calc;

import java.util.concurrent.TimeUnit;
import org.cemt.gmp.Featurizer;
import org.cemt.gmp.GmpFeatures;
import org.cemt.gmp.GmpSpec;
import org.cemt.model.Activation;
import org.cemt.model.CemtEnergy;
import org.cemt.model.CemtModel;
import org.cemt.model.CemtResult;
import org.cemt.model.ModelSpec;
import org.cemt.model.Precision;
import org.cemt.model.Snn;
import org.cemt.refpoint.RefPointSpec;
import org.cemt.refpoint.ReferencePointSet;
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
 * Issue 5's speed measure: a model's energy and forces per structure on aspirin (frame 0 of
 * shared/data/aspirin-xtb-train.extxyz, 21 atoms), one core, per reference-point set, with the CEMT paper's sizes
 * and a random fixed-seed network (GELU, batch norm in evaluation mode):
 * <ul>
 * <li>{@code atoms}, {@code heavy}, {@code bonds}: 241 features (orders −1..5 × 40 σ 0.05..2.0 Å), network
 *     (512, 256, 128, 64, 32);</li>
 * <li>{@code grid:H}: 21 features (orders −1..3 × σ 0.1..0.5 Å), network (128, 128, 64, 64, 32, 32, 16, 16), grid
 *     spacing H Å with the 3.0 Å vacuum cut — the growth as H shrinks 0.5 → 0.4 → 0.3.</li>
 * </ul>
 * {@code energyAndForces} is the whole path a calculator takes (points, features, network, force products);
 * {@code features} stops after λ, {@code network} times f and ∂f/∂λ alone on precomputed λ. One thread everywhere
 * (and a JVM told it has one processor).
 *
 * <p>Measured 2026-12-01 with {@link ModelCpuTime} (thread CPU time, median; the 2-core machine was shared, so wall
 * time was 2–4× higher and noisy): energy+forces per structure — atoms (21 points) 14.0 ms, heavy (13) 9.0 ms,
 * bonds (26) 17.5 ms; grid 0.5 Å (5,097 points) 260 ms, 0.4 Å (9,925) 525 ms, 0.3 Å (23,578) 1,226 ms. The grid
 * cost grows with the point count (∝ h⁻³: ×4.6 points and ×4.7 time from 0.5 to 0.3 Å), about 52 µs per point,
 * of which the network (f and ∂f/∂λ) takes 58%, features 13% and the force products the rest; the grid model at
 * 0.3 Å costs 88× the atom model per structure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
public class ModelBenchmark {
    /** Aspirin, frame 0 of shared/data/aspirin-xtb-train.extxyz (as PointSetBenchmark), Å. */
    static final double[] ASPIRIN = {
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
    static final int[] NUMBERS = {6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1};

    @Param({"atoms", "heavy", "bonds", "grid:0.5", "grid:0.4", "grid:0.3"})
    public String set;

    private Structure aspirin;
    private CemtModel model;
    private Featurizer featurizer;
    private ReferencePointSet points;
    private double[] lambda;
    private double[] energies;
    private double[] gradients;

    @Setup
    public void setUp() {
        aspirin = Structure.molecule(NUMBERS, ASPIRIN);
        boolean grid = set.startsWith("grid");
        GmpSpec gmp;
        int[] hidden;
        if (grid) {
            gmp = GmpSpec.builder().orders(-1, 0, 1, 2, 3).sigmas(0.1, 0.2, 0.3, 0.4, 0.5).build();
            hidden = new int[] {128, 128, 64, 64, 32, 32, 16, 16};
        } else {
            double[] s = new double[40];
            for (int i = 0; i < 40; i++) {
                s[i] = 0.05 * (i + 1);
            }
            gmp = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4, 5).sigmas(s).build();
            hidden = new int[] {512, 256, 128, 64, 32};
        }
        RefPointSpec points = grid ? RefPointSpec.grid(Double.parseDouble(set.substring(5)), 3.0)
            : RefPointSpec.parse(set);
        ModelSpec spec = ModelSpec.builder().refPoints(points).gmp(gmp).snn(hidden).activation(Activation.GELU)
            .batchNorm(true).build();
        int f = spec.features();
        double[] scale = new double[f];
        java.util.Arrays.fill(scale, 1.0);
        model = CemtModel.of(spec, new double[f], scale, 0.1, null, Snn.create(spec.architecture(),
            Precision.FLOAT64, 42, 1), java.util.Map.of());
        featurizer = Featurizer.of(gmp).withThreads(1);
        this.points = points.build(aspirin);
        lambda = featurizer.compute(aspirin, this.points.points()).values();
        energies = new double[this.points.size()];
        gradients = new double[this.points.size() * f];
        System.out.printf("%n%s: %d points × %d features%n", set, this.points.size(), f);
    }

    /** Points, features, network, forces: what the model calculator does per MD step. */
    @Benchmark
    public CemtResult energyAndForces() {
        ReferencePointSet p = model.spec().refPoints().build(aspirin);
        GmpFeatures features = featurizer.compute(aspirin, p.points());
        return CemtEnergy.evaluate(aspirin, p, features, model.pointModel(), model.biasByZ(),
            CemtEnergy.Want.FORCES);
    }

    /** Points and features only. */
    @Benchmark
    public double[] features() {
        return featurizer.compute(aspirin, model.spec().refPoints().build(aspirin).points()).values();
    }

    /** The network's f and ∂f/∂λ over all points, features given. */
    @Benchmark
    public double[] network() {
        model.pointModel().evaluate(lambda, points.size(), energies, gradients);
        return gradients;
    }
}
