package org.cemt.calc;

import org.cemt.gmp.GmpFeatures;
import org.cemt.gmp.StrainVjp;
import org.cemt.model.CemtEnergy.Want;
import org.cemt.model.CemtModel;
import org.cemt.model.CemtResult;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * A trained {@link CemtModel} as a {@link Calculator}: energy E = Σ_i w_i f(λ_i) + Σ bias (CEMT paper Eq. 2),
 * forces −dE/dR through features, moving points and smooth weights, and, for fully periodic cells, stress
 * (1/V)·dE/dε — once the featurizer supplies the strain product ({@link StrainVjp}); until then
 * {@link #givesStress()} is false and periodic results carry no stress. {@link #evaluate} also gives the per-point
 * contributions w_i·e_i. Stateless and thread-safe (the model is immutable).
 */
public final class ModelCalculator implements Calculator {
    /** Whether GMP features implement the strain product that stress needs. */
    private static final boolean STRAIN = StrainVjp.class.isAssignableFrom(GmpFeatures.class);

    private final CemtModel model;

    public ModelCalculator(CemtModel model) {
        this.model = model;
    }

    public CemtModel model() {
        return model;
    }

    /** True if stress is computed for fully periodic cells. */
    public boolean givesStress() {
        return STRAIN;
    }

    @Override
    public Calculation calculate(Structure s) {
        CemtResult r = evaluate(s);
        return new Calculation(r.energy(), r.forces(), r.hasStress() ? r.stress() : null);
    }

    /**
     * The model's full result: energy (eV), forces (eV/Å), per-point contributions w_i·e_i (eV, in the order of
     * the spec's reference points for s) and stress (eV/Å³) where {@link #givesStress()} and the cell is fully
     * periodic.
     */
    public CemtResult evaluate(Structure s) {
        return fullyPeriodic(s.cell()) && STRAIN ? model.evaluate(s, Want.FORCES, Want.STRESS)
            : model.evaluate(s, Want.FORCES);
    }

    private static boolean fullyPeriodic(Cell c) {
        return c.periodic(0) && c.periodic(1) && c.periodic(2);
    }

    @Override
    public String toString() {
        return "ModelCalculator(" + model.spec() + ")";
    }
}
