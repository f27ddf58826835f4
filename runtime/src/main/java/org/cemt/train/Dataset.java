package org.cemt.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.cemt.core.InputException;
import org.cemt.gmp.Featurizer;
import org.cemt.gmp.GmpFeatures;
import org.cemt.model.ModelSpec;
import org.cemt.model.Precision;
import org.cemt.refpoint.ReferencePointSet;
import org.cemt.structure.Structure;

/**
 * Structures featurised once for training (issue 6: "features … computed once and cached"): per structure the
 * reference points of the model spec, their GMP features and, for force training, the derivative data of
 * {@link Sample}. Thread-parallel over structures, each structure on one thread, so results do not depend on the
 * thread count. Structures marked as training get one sample per shift of an augmented grid (CEMT S1.3.1); every
 * structure has one evaluation sample with the spec's own points (augmented grids averaged). Immutable.
 */
public final class Dataset {
    /** How force training maps between features and atoms. */
    public enum Mode { ENERGY_ONLY, CACHED, RECOMPUTE }

    private final List<Structure> structures;
    private final List<List<Sample>> training;
    private final List<Sample> evaluation;
    private final int features;
    private final Mode mode;
    private final String reason;
    private final long bytes;
    private final double seconds;

    private Dataset(List<Structure> structures, List<List<Sample>> training, List<Sample> evaluation, int features,
                    Mode mode, String reason, long bytes, double seconds) {
        this.structures = structures;
        this.training = training;
        this.evaluation = evaluation;
        this.features = features;
        this.mode = mode;
        this.reason = reason;
        this.bytes = bytes;
        this.seconds = seconds;
    }

    /**
     * Featurises {@code structures} (each must carry an energy, and forces when {@code forces}).
     *
     * @param augment  true for the structures that get one sample per augmented-grid shift (length = structures)
     * @param forces   keep what force training and force prediction need
     * @param budget   bytes the cached Jacobians may take in all; above it the mode is RECOMPUTE
     */
    public static Dataset build(List<Structure> structures, ModelSpec spec, boolean[] augment, boolean forces,
                                Precision precision, long budget, int threads) {
        long t0 = System.nanoTime();
        int n = structures.size();
        if (n == 0) {
            throw InputException.of("training data", "structures", "at least one", "none");
        }
        Featurizer featurizer = Featurizer.of(spec.gmp());
        int f = featurizer.layout().size();
        List<List<ReferencePointSet>> trainSets = new ArrayList<>();
        List<ReferencePointSet> evalSets = new ArrayList<>();
        long jacobianElements = 0;
        for (int s = 0; s < n; s++) {
            Structure st = structures.get(s);
            String where = "training data: structure " + s;
            if (!st.hasEnergy()) {
                throw InputException.of(where, "energy", "an energy (eV)", "none");
            }
            if (forces && !st.hasForces()) {
                throw InputException.of(where, "forces", "forces (eV/Å) for force training", "none");
            }
            ReferencePointSet eval = spec.refPoints().build(st);
            if (eval.size() == 0) {
                throw InputException.of(where, "reference points", "at least one point of " + spec.refPoints(),
                    "none");
            }
            List<ReferencePointSet> tr = augment[s] && spec.refPoints().augmented()
                ? spec.refPoints().samples(st) : List.of(eval);
            evalSets.add(eval);
            trainSets.add(tr);
            int sets = tr.size() + (tr.get(0) == eval ? 0 : 1);
            jacobianElements += (long) sets * 3 * st.size() * eval.size() * f;
        }
        int width = precision == Precision.FLOAT32 ? 4 : 8;
        long cache = jacobianElements * width;
        Mode mode;
        String reason;
        if (!forces) {
            mode = Mode.ENERGY_ONLY;
            reason = "no forces needed";
        } else if (cache <= budget) {
            mode = Mode.CACHED;
            reason = String.format(Locale.ROOT, "Jacobians dλ/dR take %s ≤ memory budget %s", mib(cache), mib(budget));
        } else {
            mode = Mode.RECOMPUTE;
            reason = String.format(Locale.ROOT, "Jacobians dλ/dR would take %s > memory budget %s: "
                + "matrix-free VJP/JVP recomputed each epoch", mib(cache), mib(budget));
        }
        List<List<Sample>> trainSamples = new ArrayList<>();
        Sample[] evalSamples = new Sample[n];
        Sample[][] trainArr = new Sample[n][];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(s -> {
                Structure st = structures.get(s);
                Sample e = sample(s, st, evalSets.get(s), featurizer, f, mode, precision);
                evalSamples[s] = e;
                List<ReferencePointSet> tr = trainSets.get(s);
                Sample[] out = new Sample[tr.size()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = tr.get(k) == evalSets.get(s) ? e : sample(s, st, tr.get(k), featurizer, f, mode, precision);
                }
                trainArr[s] = out;
            })).join();
        } finally {
            pool.shutdown();
        }
        long bytes = 0;
        for (int s = 0; s < n; s++) {
            trainSamples.add(List.of(trainArr[s]));
            bytes += evalSamples[s].bytes();
            for (Sample x : trainArr[s]) {
                bytes += x == evalSamples[s] ? 0 : x.bytes();
            }
        }
        return new Dataset(List.copyOf(structures), trainSamples, List.of(evalSamples), f, mode, reason, bytes,
            (System.nanoTime() - t0) * 1e-9);
    }

    private static Sample sample(int index, Structure st, ReferencePointSet points, Featurizer featurizer, int f,
                                 Mode mode, Precision precision) {
        GmpFeatures feats = featurizer.compute(st, points.points());
        double[] forces = mode == Mode.ENERGY_ONLY || !st.hasForces() ? null : st.forces();
        if (mode != Mode.CACHED) {
            return new Sample(index, st.numbers(), points, feats.values(), f, st.energy(), forces, null, null,
                mode == Mode.RECOMPUTE ? feats : null);
        }
        int n3 = 3 * st.size();
        int mf = points.size() * f;
        double[] jd = precision == Precision.FLOAT32 ? null : new double[n3 * mf];
        float[] jf = precision == Precision.FLOAT32 ? new float[n3 * mf] : null;
        double[] v = new double[n3];
        double[] u = new double[3 * points.size()];
        double[] col = new double[mf];
        // J column by column: a JVP per atom coordinate costs 3N passes, fewer than M·F VJPs for any CEMT set
        for (int k = 0; k < n3; k++) {
            v[k] = 1;
            feats.jvp(v, points.pointVelocities(v, u), col);
            v[k] = 0;
            if (jd != null) {
                System.arraycopy(col, 0, jd, k * mf, mf);
            } else {
                for (int q = 0; q < mf; q++) {
                    jf[k * mf + q] = (float) col[q];
                }
            }
        }
        return new Sample(index, st.numbers(), points, feats.values(), f, st.energy(), forces, jd, jf, null);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    public List<Structure> structures() {
        return structures;
    }

    public int size() {
        return structures.size();
    }

    /** Features per point F. */
    public int features() {
        return features;
    }

    public Mode mode() {
        return mode;
    }

    /** Why the mode was chosen, one line. */
    public String reason() {
        return reason;
    }

    /** Training samples of one structure (several for an augmented grid). */
    public List<Sample> training(int structure) {
        return training.get(structure);
    }

    /** The evaluation sample of one structure (the spec's own points). */
    public Sample evaluation(int structure) {
        return evaluation.get(structure);
    }

    /** Bytes held by all samples. */
    public long bytes() {
        return bytes;
    }

    /** Mean bytes per structure. */
    public long bytesPerStructure() {
        return bytes / structures.size();
    }

    /** Wall time of featurisation, s. */
    public double seconds() {
        return seconds;
    }

    /** Training samples of the given structures, in their order. */
    public List<Sample> trainingSamples(int[] structureIndices) {
        List<Sample> out = new ArrayList<>();
        for (int s : structureIndices) {
            out.addAll(training.get(s));
        }
        return out;
    }

    /** Evaluation samples of the given structures. */
    public List<Sample> evaluationSamples(int[] structureIndices) {
        List<Sample> out = new ArrayList<>();
        for (int s : structureIndices) {
            out.add(evaluation.get(s));
        }
        return out;
    }
}
