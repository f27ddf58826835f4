package org.cemt.train;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.cemt.model.BatchMode;
import org.cemt.model.Snn;
import org.cemt.model.SnnPass;

/**
 * The force-regularised loss of the GMP paper, Eq. 5 (terms in {@link TrainingSpec}), over a batch of samples, and
 * its exact gradient w.r.t. every network parameter. Model: Ê_s = Σ bias + s_E Σ_i w_i e_i, e_i = net(x_i),
 * x_i = (λ_i − m)/s. Forces (CEMT paper Eq. 8):
 * <pre>
 *   F̂ = −[ Jᵀγ + Σ_i s_E e_i ∂w_i/∂R ],   γ_if = w_i s_E (∂net/∂x_if)/s_f,   J = dλ/dR (points moving)
 * </pre>
 * The force term's weight gradient, with u = ∂L/∂F̂ (3N per structure), is
 * ∂L/∂θ = Σ_i c_i ∇_θ(∇_x e_i·t_i) + Σ_i g_i ∇_θ e_i with t_i = (J u)_i/s, c_i = −w_i s_E and
 * g_i = ∂L/∂Ê·s_E w_i − s_E (Σ_k ∂w_i/∂R_k u_k) — one {@link SnnPass#gradient} call (batch-norm semantics there:
 * the force term holds the batch statistics fixed). Per-structure work runs in parallel, each structure's results in
 * its own slot, so sums are in a fixed order. One instance serves one trainer's thread (it keeps a buffer).
 */
final class TrainingLoss {
    /** What one evaluation gives; predictions per sample in batch order. */
    record Result(double loss, double energyLoss, double forceLoss, double[] energies, double[][] forces,
                  double[] mean, double[] variance) {
    }

    private final TrainingSpec spec;
    private final Scaling scaling;
    private final ForkJoinPool pool;
    /** The last batch's standardised features, reused by the next batch of the same size (one trainer's thread). */
    private double[] inputs;

    TrainingLoss(TrainingSpec spec, Scaling scaling, ForkJoinPool pool) {
        this.spec = spec;
        this.scaling = scaling;
        this.pool = pool;
    }

    /**
     * Loss and predictions of a batch. With {@code gradient} non-null, adds ∂L/∂θ to it. {@code wantForces}
     * predicts forces even when β = 0 (validation).
     */
    Result evaluate(Snn net, List<Sample> batch, BatchMode mode, double[] gradient, boolean wantForces) {
        return evaluate(net, batch, mode, gradient, wantForces, null);
    }

    /**
     * As above; {@code forceStats} = {mean, biased variance} of batch normalisation to hold in the force path's
     * ∂e/∂λ instead of this pass's own (null: this pass's). The loss that {@link Snn} differentiates holds those
     * statistics fixed in ∇_λ e, while the weight-derivative part Σ s_E e_i ∂w_i/∂R, entering through g, flows
     * through them like the energy; finite differences of that loss need this.
     */
    Result evaluate(Snn net, List<Sample> batch, BatchMode mode, double[] gradient, boolean wantForces,
                    double[][] forceStats) {
        int b = batch.size();
        int f = scaling.mean.length;
        int[] offset = new int[b + 1];
        for (int s = 0; s < b; s++) {
            offset[s + 1] = offset[s] + batch.get(s).points();
        }
        int p = offset[b];
        // the standardised features, in a buffer kept from the previous batch of the same size (the network copies
        // what it keeps); a new one costs a serial zeroing of P·F doubles in this thread
        double[] x = inputs != null && inputs.length == p * f ? inputs : new double[p * f];
        inputs = x;
        run(b, s -> {
            Sample smp = batch.get(s);
            int o = offset[s] * f;
            for (int i = 0; i < smp.points(); i++) {
                for (int k = 0; k < f; k++) {
                    x[o + i * f + k] = (smp.values[i * f + k] - scaling.mean[k]) / scaling.scale[k];
                }
            }
        });
        SnnPass pass = net.forward(x, p, mode);
        double[] e = pass.outputs();
        double se = scaling.energyScale;
        double beta = spec.forceCoefficient();
        boolean absolute = spec.loss() == TrainingSpec.Loss.ABSOLUTE;
        boolean forceTerm = beta > 0;
        boolean forces = forceTerm || wantForces;
        double[] energies = new double[b];
        double[] dLdE = new double[b];
        double energyLoss = 0;
        for (int s = 0; s < b; s++) {
            Sample smp = batch.get(s);
            double sum = 0;
            for (int i = 0; i < smp.points(); i++) {
                sum += smp.weights[i] * e[offset[s] + i];
            }
            energies[s] = scaling.bias(smp.numbers) + se * sum;
            double nu = spec.perAtomEnergy() ? smp.atoms() : 1;
            double err = (energies[s] - smp.energy) / nu;
            energyLoss += (absolute ? Math.abs(err) : err * err) / b;
            dLdE[s] = (absolute ? Math.signum(err) : 2 * err) / (nu * b);
        }
        double[][] predicted = new double[b][];
        double[] forceLoss = new double[b];
        double[] g = gradient == null ? null : new double[p];
        double[] t = gradient != null && forceTerm ? new double[p * f] : null;
        double[] c = t == null ? null : new double[p];
        SnnPass fp = pass;
        if (forces) {
            fp = forceStats == null ? pass : net.forwardWithStatistics(x, p, forceStats[0], forceStats[1]);
            double[] gamma = fp.inputGradient(new double[p * f]);
            run(b, s -> {
                Sample smp = batch.get(s);
                int o = offset[s];
                for (int i = 0; i < smp.points(); i++) {
                    double wi = smp.weights[i] * se;
                    for (int k = 0; k < f; k++) {
                        gamma[(o + i) * f + k] *= wi / scaling.scale[k];
                    }
                }
                double[] dEdR = smp.pullBack(gamma, o * f, new double[3 * smp.atoms()]);
                if (smp.points.hasWeightDerivatives()) {
                    double[] se_e = new double[smp.points()];
                    for (int i = 0; i < se_e.length; i++) {
                        se_e[i] = se * e[o + i];
                    }
                    smp.points.weightGradient(se_e, dEdR);
                }
                for (int k = 0; k < dEdR.length; k++) {
                    dEdR[k] = -dEdR[k];
                }
                predicted[s] = dEdR;
                if (!forceTerm || smp.forces == null) {
                    return;
                }
                int n3 = dEdR.length;
                double[] u = new double[n3];
                double fl = 0;
                for (int k = 0; k < n3; k++) {
                    double err = dEdR[k] - smp.forces[k];
                    fl += absolute ? Math.abs(err) : err * err;
                    u[k] = beta * (absolute ? Math.signum(err) : 2 * err) / (n3 * (double) b);
                }
                forceLoss[s] = beta * fl / (n3 * (double) b);
                if (t == null) {
                    return;
                }
                smp.pushForward(u, t, o * f);
                for (int i = 0; i < smp.points(); i++) {
                    for (int k = 0; k < f; k++) {
                        t[(o + i) * f + k] /= scaling.scale[k];
                    }
                    c[o + i] = -smp.weights[i] * se;
                }
                if (smp.points.hasWeightDerivatives()) {
                    double[] wv = smp.points.weightVelocities(u, new double[smp.points()]);
                    for (int i = 0; i < wv.length; i++) {
                        g[o + i] -= se * wv[i];
                    }
                }
            });
        }
        double fTotal = 0;
        for (double v : forceLoss) {
            fTotal += v;
        }
        if (gradient != null) {
            for (int s = 0; s < b; s++) {
                Sample smp = batch.get(s);
                for (int i = 0; i < smp.points(); i++) {
                    g[offset[s] + i] += dLdE[s] * se * smp.weights[i];
                }
            }
            pass.gradient(g, t, c, gradient);
        }
        Result result = new Result(energyLoss + fTotal, energyLoss, fTotal, energies, predicted, pass.mean(),
            pass.variance());
        // the next evaluation reuses the passes' arrays
        pass.release();
        if (fp != pass) {
            fp.release();
        }
        return result;
    }

    private void run(int n, java.util.function.IntConsumer body) {
        if (pool == null || pool.getParallelism() <= 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).join();
    }
}
