package org.cemt.model;

import org.cemt.core.ComputationException;
import org.cemt.core.InputException;
import org.cemt.gmp.Features;
import org.cemt.gmp.StrainVjp;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Structure;

/**
 * The CEMT energy (paper Eq. 2 and 5) E = Σ_i w_i·f(λ_i) + Σ_atoms bias(Z), and its derivatives, matrix-free:
 * <pre>
 *   g_λ[i,f] = w_i ∂e_i/∂λ_if
 *   dE/dR    = g_λᵀ ∂λ/∂R|points fixed  +  chain(g_λᵀ ∂λ/∂X)  +  Σ_i e_i ∂w_i/∂R      (paper Eq. 8; SPEC.md §8.4)
 *   dE/dε    = g_λᵀ ∂λ/∂ε|affine  −  Σ_i (g_λᵀ ∂λ/∂X_i) ⊗ c_i  +  Σ_i e_i ∂w_i/∂ε,   σ = (dE/dε)/V   (periodic)
 *   dE/dB    = g_λᵀ ∂λ/∂B                                                                (paper Eq. 12)
 * </pre>
 * Features supply ∂λ/∂R, ∂λ/∂X, ∂λ/∂B (and ∂λ/∂ε for points that strain affinely, via {@link StrainVjp}) as
 * products; the reference points supply the chain through moving points and weights, including the part c_i of a
 * point that a strain leaves in place (custom points; {@link ReferencePointSet}). No Jacobian is stored.
 */
public final class CemtEnergy {
    private CemtEnergy() {
    }

    /** What was asked of {@link #evaluate}. */
    public enum Want { ENERGY, FORCES, STRESS, COEFFICIENTS }

    /**
     * Energy and derivatives of structure s.
     *
     * @param features λ at exactly {@code points}' positions (F = model.inputs())
     * @param bias     per-element bias (eV) indexed by atomic number, or null for none
     * @param want     ENERGY always; FORCES, STRESS (fully periodic cells, features implementing StrainVjp),
     *                 COEFFICIENTS (∂E/∂B) when listed
     */
    public static CemtResult evaluate(Structure s, ReferencePointSet points, Features features, PointModel model,
                                      double[] bias, Want... want) {
        int m = points.size(), f = model.inputs(), n = s.size();
        if (features.points() != m || features.features() != f || features.atoms() != n || points.atoms() != n) {
            throw InputException.of("CEMT energy", "features", m + " points × " + f + " features of " + n
                + " atoms", features.points() + " × " + features.features() + " of " + features.atoms());
        }
        boolean forces = has(want, Want.FORCES), stress = has(want, Want.STRESS), coeff = has(want, Want.COEFFICIENTS);
        boolean grads = forces || stress || coeff;
        double[] e = new double[m];
        double[] g = grads ? new double[m * f] : null;
        model.evaluate(features.values(), m, e, g);
        double[] contributions = new double[m];
        double energy = 0;
        for (int i = 0; i < m; i++) {
            contributions[i] = points.weight(i) * e[i];
            energy += contributions[i];
        }
        if (bias != null) {
            for (int j = 0; j < n; j++) {
                energy += bias[s.number(j)];
            }
        }
        if (!Double.isFinite(energy)) {
            throw new ComputationException("CEMT energy: " + s + ": energy is " + energy);
        }
        if (grads) {
            for (int i = 0; i < m; i++) {
                double w = points.weight(i);
                for (int k = 0; k < f; k++) {
                    g[i * f + k] *= w;
                }
            }
        }
        // ∂E/∂X through the features, for the chain through moving points and through points that do not strain
        double[] gPoints = forces || stress && points.hasUnstrainedParts()
            ? features.vjpPoints(g, new double[3 * m]) : null;
        double[] force = null;
        if (forces) {
            double[] dEdR = features.vjpAtoms(g, new double[3 * n]);
            points.chainToAtoms(gPoints, dEdR);
            points.weightGradient(e, dEdR);
            force = dEdR;
            for (int k = 0; k < force.length; k++) {
                force[k] = -force[k];
            }
        }
        double[] sigma = null;
        if (stress) {
            if (!(s.cell().periodic(0) && s.cell().periodic(1) && s.cell().periodic(2))) {
                throw InputException.of("CEMT energy: " + s, "stress", "a fully periodic cell", s.cell());
            }
            if (!(features instanceof StrainVjp sv)) {
                throw InputException.of("CEMT energy: " + s, "stress", "features with a strain product (StrainVjp)",
                    features.getClass().getSimpleName());
            }
            double[] dEde = sv.vjpStrain(g, new double[9]);
            if (gPoints != null) {
                points.chainToStrain(gPoints, dEde);
            }
            points.weightStrain(e, dEde);
            double v = Math.abs(s.cell().volume());
            sigma = new double[9];
            for (int k = 0; k < 9; k++) {
                sigma[k] = dEde[k] / v;
            }
        }
        double[] dEdB = coeff ? features.vjpCoefficients(g, new double[features.coefficientCount()]) : null;
        return new CemtResult(energy, contributions, force, sigma, dEdB);
    }

    private static boolean has(Want[] want, Want w) {
        for (Want x : want) {
            if (x == w) {
                return true;
            }
        }
        return false;
    }
}
