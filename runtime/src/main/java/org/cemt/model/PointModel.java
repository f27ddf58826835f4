package org.cemt.model;

/**
 * The shared per-point model f of CEMT paper Eq. 5: energy contribution e_i = f(λ_i) (eV per unit weight) of each
 * point from its F features, with the gradient ∂e_i/∂λ_i. Implementations: the SNN, or an analytic model in tests.
 */
public interface PointModel {
    /** Number of features F it takes. */
    int inputs();

    /**
     * For M points: {@code energies[i] = f(λ_i)} and {@code gradients[i*F+f] = ∂e_i/∂λ_if}. features (flat
     * [point*F + feature], length M·F) not modified; energies (length ≥ M) and gradients (length ≥ M·F, or null to
     * skip) overwritten.
     */
    void evaluate(double[] features, int points, double[] energies, double[] gradients);
}
