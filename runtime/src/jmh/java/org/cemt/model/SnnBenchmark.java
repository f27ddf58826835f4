package org.cemt.model;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cemt.train.Adam;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step of the CEMT paper's aspirin network (241 → 512 → 256 → 128 → 64 → 32 → 1, GELU, batch norm;
 * 300,481 parameters) on 21 points per structure, as benchmarks/torch_snn.py does in PyTorch:
 * <ul>
 * <li>{@code energyStep}: 256 structures (5,376 points): TRAIN forward, squared energy loss, weight gradient
 * (through the batch statistics), Adam.</li>
 * <li>{@code forceStep}: 32 structures (672 points), force coefficient 0.1: TRAIN forward, ∂e/∂λ, predicted forces
 * through a dense stored Jacobian ∂λ/∂R (21 × 241 × 63 per structure, as PyTorch's reference run), the residual's
 * JVP t = ∂λ/∂R·r, then energy and second-order force-term gradients in one reverse pass, Adam.</li>
 * </ul>
 * Structures per second = batch / (ms per op) × 1000. Run: java -jar runtime/target/benchmarks.jar SnnBenchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SnnBenchmark {
    private static final int F = 241;
    private static final int POINTS_PER_STRUCTURE = 21;
    private static final int COORDS = 63;

    @Param({"FLOAT64", "FLOAT32"})
    public String precision;

    @Param({"1"})
    public int threads;

    private Snn snn;
    private Adam adam;
    private double[] xEnergy;
    private double[] eRef;
    private double[] xForce;
    private double[] jacobian;
    private double[] fRef;
    private double[] eRefForce;

    @Setup(Level.Trial)
    public void setUp() {
        SnnArchitecture arch = SnnArchitecture.of(F, new int[] {512, 256, 128, 64, 32}, Activation.GELU, true);
        snn = Snn.create(arch, Precision.valueOf(precision), 0, threads);
        adam = Adam.adam(arch.parameterCount(), 1e-3);
        SplittableRandom r = new SplittableRandom(1);
        xEnergy = fill(new double[256 * POINTS_PER_STRUCTURE * F], r);
        eRef = fill(new double[256], r);
        xForce = fill(new double[32 * POINTS_PER_STRUCTURE * F], r);
        jacobian = fill(new double[32 * POINTS_PER_STRUCTURE * F * COORDS], r);
        fRef = fill(new double[32 * COORDS], r);
        eRefForce = fill(new double[32], r);
    }

    @Benchmark
    public double energyStep() {
        int structures = 256;
        SnnPass pass = snn.forward(xEnergy, structures * POINTS_PER_STRUCTURE, BatchMode.TRAIN);
        double[] g = energyLossGradient(pass, eRef, structures);
        double[] grad = pass.gradient(g, null, null, new double[snn.parameterCount()]);
        double[] p = snn.parameters();
        adam.step(p, grad);
        snn.setParameters(p);
        return grad[0];
    }

    @Benchmark
    public double forceStep() {
        int structures = 32;
        int points = structures * POINTS_PER_STRUCTURE;
        double beta = 0.1;
        SnnPass pass = snn.forward(xForce, points, BatchMode.TRAIN);
        double[] g = energyLossGradient(pass, eRefForce, structures);
        double[] de = pass.inputGradient(new double[points * F]);
        // F_k = −Σ_{p,f} ∂e_p/∂λ_pf ∂λ_pf/∂R_k; loss β/(3N)·Σ_k (F_k − F_ref,k)²/structures
        double[] t = new double[points * F];
        double[] c = new double[points];
        for (int s = 0; s < structures; s++) {
            double[] force = new double[COORDS];
            for (int q = 0; q < POINTS_PER_STRUCTURE; q++) {
                int p = s * POINTS_PER_STRUCTURE + q;
                for (int f = 0; f < F; f++) {
                    double d = de[p * F + f];
                    int jOff = (p * F + f) * COORDS;
                    for (int k = 0; k < COORDS; k++) {
                        force[k] -= d * jacobian[jOff + k];
                    }
                }
            }
            double[] r = new double[COORDS];
            for (int k = 0; k < COORDS; k++) {
                r[k] = 2 * beta / COORDS * (force[k] - fRef[s * COORDS + k]) / structures;
            }
            // dLoss/dθ = Σ_k r_k ∂F_k/∂θ = −Σ_p ∂/∂θ[∇e_p·(∂λ_p/∂R·r)]: t_p = J_p·r, c_p = −1
            for (int q = 0; q < POINTS_PER_STRUCTURE; q++) {
                int p = s * POINTS_PER_STRUCTURE + q;
                c[p] = -1;
                for (int f = 0; f < F; f++) {
                    int jOff = (p * F + f) * COORDS;
                    double sum = 0;
                    for (int k = 0; k < COORDS; k++) {
                        sum += jacobian[jOff + k] * r[k];
                    }
                    t[p * F + f] = sum;
                }
            }
        }
        double[] grad = pass.gradient(g, t, c, new double[snn.parameterCount()]);
        double[] p = snn.parameters();
        adam.step(p, grad);
        snn.setParameters(p);
        return grad[0];
    }

    /** g_p = ∂/∂e_p of mean over structures of (Σ_{p∈s} e_p − E_ref,s)². */
    private static double[] energyLossGradient(SnnPass pass, double[] ref, int structures) {
        double[] e = pass.outputs();
        double[] g = new double[e.length];
        for (int s = 0; s < structures; s++) {
            double sum = 0;
            for (int q = 0; q < POINTS_PER_STRUCTURE; q++) {
                sum += e[s * POINTS_PER_STRUCTURE + q];
            }
            double d = 2 * (sum - ref[s]) / structures;
            for (int q = 0; q < POINTS_PER_STRUCTURE; q++) {
                g[s * POINTS_PER_STRUCTURE + q] = d;
            }
        }
        return g;
    }

    private static double[] fill(double[] a, SplittableRandom r) {
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble() - 0.5;
        }
        return a;
    }
}
