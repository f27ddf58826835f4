package org.cemt.model;

/** e(λ) = c + Σ_f a_f λ_f + ½ Σ_f q_f λ_f², an analytic point model for testing the assembly. */
final class QuadraticPointModel implements PointModel {
    private final double c;
    private final double[] a, q;

    QuadraticPointModel(double c, double[] a, double[] q) {
        this.c = c;
        this.a = a.clone();
        this.q = q.clone();
    }

    @Override
    public int inputs() {
        return a.length;
    }

    @Override
    public void evaluate(double[] features, int points, double[] energies, double[] gradients) {
        int f = a.length;
        for (int i = 0; i < points; i++) {
            double e = c;
            for (int k = 0; k < f; k++) {
                double x = features[i * f + k];
                e += a[k] * x + 0.5 * q[k] * x * x;
                if (gradients != null) {
                    gradients[i * f + k] = a[k] + q[k] * x;
                }
            }
            energies[i] = e;
        }
    }
}
