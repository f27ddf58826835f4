package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Adam, AdamW and L-BFGS reach known minima: a quadratic bowl and Rosenbrock's valley (minimum at (1, …, 1)). */
class OptimizerTest {
    /** f = Σ_i k_i (x_i − c_i)²/2 with stiffnesses spanning two decades. */
    private static double quadratic(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            double k = Math.pow(10, 2.0 * i / (x.length - 1));
            double d = x[i] - (i - 2.5);
            f += 0.5 * k * d * d;
            g[i] = k * d;
        }
        return f;
    }

    /** Extended Rosenbrock Σ 100(x_{i+1} − x_i²)² + (1 − x_i)². */
    private static double rosenbrock(double[] x, double[] g) {
        java.util.Arrays.fill(g, 0);
        double f = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
            g[i] += -400 * a * x[i] - 2 * b;
            g[i + 1] += 200 * a;
        }
        return f;
    }

    @Test
    void adamFindsTheQuadraticMinimum() {
        double[] x = new double[6];
        double[] g = new double[6];
        Adam adam = Adam.adam(6, 0.05);
        for (int step = 0; step < 3000; step++) {
            quadratic(x, g);
            adam.step(x, g);
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(i - 2.5, x[i], 1e-3, "x" + i);
        }
        assertEquals(3000, adam.steps());
    }

    @Test
    void adamFirstStepIsLearningRateTimesSign() {
        // bias correction makes the first step lr·g/(|g| + ε') whatever the gradient's size
        double[] x = {0, 0};
        Adam adam = Adam.adam(2, 0.01);
        adam.step(x, new double[] {250.0, -0.003});
        assertEquals(-0.01, x[0], 1e-12);
        assertEquals(0.01, x[1], 1e-7);
    }

    @Test
    void adamWDecaysWeightsDecoupledFromTheGradient() {
        double[] x = {2.0};
        Adam adamW = Adam.adamW(1, 0.1, 0.9, 0.999, 1e-8, 0.5);
        adamW.step(x, new double[] {0.0});
        assertEquals(2.0 * (1 - 0.1 * 0.5), x[0], 1e-15);
        double[] y = {2.0};
        Adam l2 = Adam.adam(1, 0.1, 0.9, 0.999, 1e-8, 0.5);
        l2.step(y, new double[] {0.0});
        assertEquals(2.0 - 0.1, y[0], 1e-8, "L2 decay enters the gradient, so the first step is lr·sign");
    }

    @Test
    void adamStateRoundTripsForCheckpoints() {
        double[] x = {1, 2, 3};
        double[] g = new double[3];
        Adam a = Adam.adam(3, 0.01);
        for (int i = 0; i < 5; i++) {
            quadratic(x, g);
            a.step(x, g);
        }
        Adam b = Adam.adam(3, 0.01);
        b.restore(a.state());
        double[] xb = x.clone();
        quadratic(x, g);
        a.step(x, g);
        b.step(xb, g);
        assertEquals(x[0], xb[0], 0.0);
        assertEquals(x[2], xb[2], 0.0);
    }

    @Test
    void lbfgsSolvesTheQuadraticInFewIterations() {
        Lbfgs.Result r = Lbfgs.minimize(OptimizerTest::quadratic, new double[6], 10, 100, 1e-10);
        assertTrue(r.converged());
        assertTrue(r.iterations() < 40, "iterations " + r.iterations());
        for (int i = 0; i < 6; i++) {
            assertEquals(i - 2.5, r.x()[i], 1e-9, "x" + i);
        }
    }

    @Test
    void lbfgsFindsTheRosenbrockMinimum() {
        double[] x0 = new double[10];
        for (int i = 0; i < 10; i++) {
            x0[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        Lbfgs.Result r = Lbfgs.minimize(OptimizerTest::rosenbrock, x0, 10, 2000, 1e-8);
        assertTrue(r.converged(), "gradient " + r.gradientNorm() + " after " + r.iterations());
        for (int i = 0; i < 10; i++) {
            assertEquals(1.0, r.x()[i], 1e-6, "x" + i);
        }
        assertEquals(0.0, r.value(), 1e-12);
    }
}
