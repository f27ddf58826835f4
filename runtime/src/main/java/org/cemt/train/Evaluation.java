package org.cemt.train;

import java.util.List;
import org.cemt.core.InputException;
import org.cemt.gmp.Features;
import org.cemt.model.CemtEnergy;
import org.cemt.model.CemtEnergy.Want;
import org.cemt.model.CemtModel;
import org.cemt.model.CemtResult;
import org.cemt.model.PointModel;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Structure;

/**
 * A model against reference data (the CEMT paper's Fig. 3 measures): energy errors (total and per atom), force
 * errors where the data have forces, and the time per structure split into featurisation and network. The
 * featurisation time covers building the reference points, computing λ and the derivative products that forces
 * need (∂λ/∂R and ∂λ/∂X through the points); the network time covers f(λ) and ∂f/∂λ over all points. They are
 * measured separately, with {@link System#nanoTime()}, on one thread of the caller (the network may use its own
 * threads), and include no file reading.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Evaluates {@code model} on every frame of {@code data} (named {@code where} in messages). Each frame needs a
     * reference energy (eV); forces (eV/Å) are compared where present.
     */
    public static EvaluationReport run(CemtModel model, List<Structure> data, String where) {
        EvaluationReport.Builder report = new EvaluationReport.Builder();
        TimedPointModel network = new TimedPointModel(model.pointModel());
        double[] bias = model.biasByZ();
        for (int k = 0; k < data.size(); k++) {
            Structure s = data.get(k);
            String frame = where + ": frame " + (k + 1);
            if (!s.hasEnergy()) {
                throw InputException.of(frame, "energy", "a reference energy", "none");
            }
            checkElements(model, s, frame);
            long start = System.nanoTime();
            network.nanos = 0;
            ReferencePointSet points = model.spec().refPoints().build(s);
            Features features = model.featurizer().compute(s, points.points());
            Want[] want = s.hasForces() ? new Want[] {Want.FORCES} : new Want[0];
            CemtResult r = CemtEnergy.evaluate(s, points, features, network, bias, want);
            long total = System.nanoTime() - start;
            report.add(s, r.energy(), s.hasForces() ? r.forces() : null, total - network.nanos, network.nanos);
        }
        return report.build();
    }

    /** The model's own rule (CemtModel refuses elements training never saw), named by frame here. */
    private static void checkElements(CemtModel model, Structure s, String frame) {
        if (model.provenance().get("elements") instanceof List<?> known && !known.isEmpty()) {
            for (int j = 0; j < s.size(); j++) {
                if (!known.contains(s.symbol(j))) {
                    throw InputException.of(frame, "atom " + (j + 1), "an element of the model " + known,
                        s.symbol(j));
                }
            }
        }
    }

    /** The network's f and ∂f/∂λ, with the time spent in them. */
    private static final class TimedPointModel implements PointModel {
        private final PointModel inner;
        long nanos;

        TimedPointModel(PointModel inner) {
            this.inner = inner;
        }

        @Override
        public int inputs() {
            return inner.inputs();
        }

        @Override
        public void evaluate(double[] features, int points, double[] energies, double[] gradients) {
            long t = System.nanoTime();
            inner.evaluate(features, points, energies, gradients);
            nanos += System.nanoTime() - t;
        }
    }
}
