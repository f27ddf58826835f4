package org.cemt.train;

import org.cemt.core.InputException;

/**
 * Adam (Kingma &amp; Ba 2015) on a flat parameter vector, with PyTorch's {@code torch.optim.Adam} / {@code AdamW}
 * update: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·m̂/(√v̂ + ε) with bias-corrected m̂ = m/(1−β₁ᵗ),
 * v̂ = v/(1−β₂ᵗ). Weight decay λ: Adam adds λθ to g (L2); AdamW first shrinks θ ← θ(1 − lr·λ) (decoupled).
 * Mutable state (m, v, t) with one owner, the trainer; {@link #state}/{@link #restore} for checkpoints.
 */
public final class Adam {
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final boolean decoupled;
    private double learningRate;
    private final double[] m;
    private final double[] v;
    private long step;

    private Adam(int n, double learningRate, double beta1, double beta2, double epsilon, double weightDecay,
                 boolean decoupled) {
        if (n < 1) {
            throw InputException.of("adam", "parameters", "at least 1", n);
        }
        check("learning rate", learningRate, learningRate > 0);
        check("beta1", beta1, beta1 >= 0 && beta1 < 1);
        check("beta2", beta2, beta2 >= 0 && beta2 < 1);
        check("epsilon", epsilon, epsilon > 0);
        check("weight decay", weightDecay, weightDecay >= 0);
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
        this.m = new double[n];
        this.v = new double[n];
    }

    /** Adam with PyTorch's defaults β = (0.9, 0.999), ε = 1e-8, no weight decay. */
    public static Adam adam(int n, double learningRate) {
        return new Adam(n, learningRate, 0.9, 0.999, 1e-8, 0, false);
    }

    /** Adam with all settings; weight decay as an L2 term added to the gradient. */
    public static Adam adam(int n, double learningRate, double beta1, double beta2, double epsilon,
                            double weightDecay) {
        return new Adam(n, learningRate, beta1, beta2, epsilon, weightDecay, false);
    }

    /** AdamW (Loshchilov &amp; Hutter 2019): decoupled weight decay; PyTorch's default λ is 0.01. */
    public static Adam adamW(int n, double learningRate, double beta1, double beta2, double epsilon,
                             double weightDecay) {
        return new Adam(n, learningRate, beta1, beta2, epsilon, weightDecay, true);
    }

    public double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate (schedules call this between steps). */
    public void setLearningRate(double lr) {
        check("learning rate", lr, lr > 0);
        learningRate = lr;
    }

    /** Steps taken so far. */
    public long steps() {
        return step;
    }

    /** One update: params (modified) from gradient (not modified), both of the length given at construction. */
    public void step(double[] params, double[] gradient) {
        if (params.length != m.length || gradient.length != m.length) {
            throw InputException.of("adam.step", "params, gradient", "length " + m.length,
                params.length + ", " + gradient.length);
        }
        step++;
        double c1 = 1 - Math.pow(beta1, step);
        double c2 = 1 - Math.pow(beta2, step);
        double sqrtC2 = Math.sqrt(c2);
        for (int i = 0; i < m.length; i++) {
            double g = gradient[i];
            if (decoupled) {
                params[i] *= 1 - learningRate * weightDecay;
            } else if (weightDecay != 0) {
                g += weightDecay * params[i];
            }
            m[i] = beta1 * m[i] + (1 - beta1) * g;
            v[i] = beta2 * v[i] + (1 - beta2) * g * g;
            // PyTorch: θ −= (lr/c1)·m / (√v/√c2 + ε)
            params[i] -= learningRate / c1 * m[i] / (Math.sqrt(v[i]) / sqrtC2 + epsilon);
        }
    }

    /** The state as one vector [t, m…, v…] for checkpoints. */
    public double[] state() {
        double[] s = new double[1 + 2 * m.length];
        s[0] = step;
        System.arraycopy(m, 0, s, 1, m.length);
        System.arraycopy(v, 0, s, 1 + m.length, v.length);
        return s;
    }

    /** Restores a {@link #state()} vector. */
    public void restore(double[] s) {
        if (s.length != 1 + 2 * m.length || s[0] < 0 || s[0] != Math.rint(s[0])) {
            throw InputException.of("adam.restore", "state", "[t ≥ 0, m, v] of length " + (1 + 2 * m.length),
                "length " + s.length);
        }
        step = (long) s[0];
        System.arraycopy(s, 1, m, 0, m.length);
        System.arraycopy(s, 1 + m.length, v, 0, v.length);
    }

    private static void check(String field, double value, boolean ok) {
        if (!ok || Double.isNaN(value)) {
            throw InputException.of("adam", field, field.equals("learning rate") || field.equals("epsilon")
                ? "a positive number" : field.startsWith("beta") ? "a number in [0, 1)" : "a number ≥ 0", value);
        }
    }
}
