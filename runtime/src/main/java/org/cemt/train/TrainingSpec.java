package org.cemt.train;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cemt.core.InputException;
import org.cemt.core.Json;
import org.cemt.model.Precision;

/**
 * How a CEMT model is trained: what the CLI and the DSL fill, validated here once (STYLE.md "One logic, one place").
 * The loss is the GMP paper's Eq. 5, L = (1/B) Σ_s ℓ(ΔE_s/ν_s) + β·(1/B) Σ_s (1/3N_s) Σ_k ℓ(ΔF_sk), over the B
 * structures of a batch, ℓ squared (default) or absolute (Eq. 5 literally), ν_s = N_s with per-atom energy
 * normalisation, else 1; β = 0 is energy-only training. Immutable; {@link #toJson} / {@link #fromJson} round-trip.
 */
public final class TrainingSpec {
    /** ℓ of the loss terms. */
    public enum Loss { SQUARED, ABSOLUTE }

    /** The optimiser: Adam, AdamW (decoupled weight decay 0.01) on mini-batches, or full-batch L-BFGS. */
    public enum Optimizer { ADAM, ADAMW, LBFGS }

    /** The learning-rate schedule's kind; see {@link LearningRateSchedule}. */
    public enum Schedule { CONSTANT, STEP, COSINE, PLATEAU }

    private final Map<String, Object> v;

    private TrainingSpec(Map<String, Object> v) {
        this.v = v;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int epochs() { return i("epochs"); }
    /** Initial learning rate. */
    public double learningRate() { return d("learning_rate"); }
    public Schedule schedule() { return Schedule.valueOf(s("schedule")); }
    /** STEP: epochs between decays; PLATEAU: patience in epochs. */
    public int scheduleEvery() { return i("schedule_every"); }
    /** STEP and PLATEAU: factor per decay. */
    public double scheduleFactor() { return d("schedule_factor"); }
    /** Structures per mini-batch. */
    public int batchSize() { return i("batch_size"); }
    /** β of Eq. 5 (0 = energy only). */
    public double forceCoefficient() { return d("force_coefficient"); }
    public Loss loss() { return Loss.valueOf(s("loss")); }
    /** Energy errors divided by the atom count. */
    public boolean perAtomEnergy() { return (Boolean) v.get("per_atom_energy"); }
    public Optimizer optimizer() { return Optimizer.valueOf(s("optimizer")); }
    public double validationFraction() { return d("validation_fraction"); }
    /** Fraction of all structures held out as a test set (never seen in training or model selection). */
    public double testFraction() { return d("test_fraction"); }
    public Split.Kind split() { return Split.Kind.valueOf(s("split")); }
    public long seed() { return (long) d("seed"); }
    public Precision precision() { return Precision.valueOf(s("precision")); }
    public int threads() { return i("threads"); }
    /** Checkpoint every this many epochs (and at the end). */
    public int checkpointEvery() { return i("checkpoint_every"); }
    /** Stop after this many epochs without a better validation loss (0 = never). */
    public int patience() { return i("patience"); }
    /** Bytes the cached force Jacobians may take; above it the trainer recomputes products each epoch. */
    public long memoryBudget() { return (long) d("memory_budget"); }

    /** The schedule as a function, fresh state (plateau). */
    public LearningRateSchedule newSchedule() {
        return switch (schedule()) {
            case CONSTANT -> (epoch, loss) -> learningRate();
            case STEP -> LearningRateSchedule.step(learningRate(), scheduleEvery(), scheduleFactor());
            case COSINE -> LearningRateSchedule.cosine(learningRate(), 0, epochs());
            case PLATEAU -> LearningRateSchedule.plateau(learningRate(), scheduleFactor(), scheduleEvery(),
                learningRate() * 1e-3);
        };
    }

    /** One JSON object with every setting. */
    public String toJson() {
        return Json.write(v);
    }

    /** The same settings with another epoch count (a resumed run may go on longer). */
    public TrainingSpec withEpochs(int epochs) {
        return builder().from(this).epochs(epochs).build();
    }

    /** Reads {@link #toJson}; unknown keys are refused. */
    public static TrainingSpec fromJson(String json, String where) {
        Object o = Json.parse(json, where);
        if (!(o instanceof Map<?, ?> m)) {
            throw InputException.of(where, "training spec", "a JSON object", "another value");
        }
        Builder b = builder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (!b.v.containsKey(k)) {
                throw InputException.of(where, "training spec", "one of " + b.v.keySet(), k);
            }
            Object val = e.getValue();
            b.v.put(k, val instanceof Double dd && b.v.get(k) instanceof Integer ? (Object) (int) (double) dd : val);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingSpec t && t.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }

    private int i(String k) {
        return ((Number) v.get(k)).intValue();
    }

    private double d(String k) {
        return ((Number) v.get(k)).doubleValue();
    }

    private String s(String k) {
        return (String) v.get(k);
    }

    /**
     * Collects settings. Defaults (the papers, CEMT S1.3): 500 epochs, Adam, lr 1e-3 halved every 100 epochs,
     * batches of 64 structures, β = 0.1, squared errors, total energies, validation 10 % (random split), no test
     * set, seed 0, float64, all processors, checkpoints every 10 epochs, no early stopping, memory budget half the
     * heap.
     */
    public static final class Builder {
        private final Map<String, Object> v = new LinkedHashMap<>();

        private Builder() {
            v.put("epochs", 500);
            v.put("learning_rate", 1e-3);
            v.put("schedule", "STEP");
            v.put("schedule_every", 100);
            v.put("schedule_factor", 0.5);
            v.put("batch_size", 64);
            v.put("force_coefficient", 0.1);
            v.put("loss", "SQUARED");
            v.put("per_atom_energy", false);
            v.put("optimizer", "ADAM");
            v.put("validation_fraction", 0.1);
            v.put("test_fraction", 0.0);
            v.put("split", "RANDOM");
            v.put("seed", 0.0);
            v.put("precision", "FLOAT64");
            v.put("threads", Runtime.getRuntime().availableProcessors());
            v.put("checkpoint_every", 10);
            v.put("patience", 0);
            v.put("memory_budget", (double) (Runtime.getRuntime().maxMemory() / 2));
        }

        Builder from(TrainingSpec t) {
            v.putAll(t.v);
            return this;
        }

        public Builder epochs(int n) {
            return put("epochs", n, n >= 1, "an integer ≥ 1");
        }

        public Builder learningRate(double lr) {
            return put("learning_rate", lr, lr > 0 && Double.isFinite(lr), "a finite number > 0");
        }

        public Builder constantRate() {
            v.put("schedule", "CONSTANT");
            return this;
        }

        /** lr·factor^⌊epoch/every⌋ (the papers: every 100, factor 0.5). */
        public Builder stepDecay(int every, double factor) {
            put("schedule_every", every, every >= 1, "an integer ≥ 1");
            put("schedule_factor", factor, factor > 0 && factor <= 1, "a number in (0, 1]");
            v.put("schedule", "STEP");
            return this;
        }

        /** Text {@code EVERY:FACTOR}, e.g. {@code 100:0.5}. */
        public Builder stepDecay(String text) {
            String[] p = text.split(":");
            try {
                if (p.length == 2) {
                    return stepDecay(Integer.parseInt(p[0].trim()), Double.parseDouble(p[1].trim()));
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw InputException.of("training", "lr-step", "EVERY:FACTOR such as 100:0.5", text);
        }

        /** Cosine from lr to 0 over the epochs. */
        public Builder cosine() {
            v.put("schedule", "COSINE");
            return this;
        }

        /** × factor after {@code patience} epochs without a better validation loss. */
        public Builder plateau(int patience, double factor) {
            put("schedule_every", patience, patience >= 1, "an integer ≥ 1");
            put("schedule_factor", factor, factor > 0 && factor < 1, "a number in (0, 1)");
            v.put("schedule", "PLATEAU");
            return this;
        }

        public Builder batchSize(int n) {
            return put("batch_size", n, n >= 1, "an integer ≥ 1");
        }

        public Builder forceCoefficient(double beta) {
            return put("force_coefficient", beta, beta >= 0 && Double.isFinite(beta), "a finite number ≥ 0");
        }

        public Builder loss(Loss l) {
            v.put("loss", l.name());
            return this;
        }

        public Builder perAtomEnergy(boolean on) {
            v.put("per_atom_energy", on);
            return this;
        }

        public Builder optimizer(Optimizer o) {
            v.put("optimizer", o.name());
            return this;
        }

        /** Name: adam, adamw or lbfgs. */
        public Builder optimizer(String name) {
            return optimizer(parse(Optimizer.class, "optimizer", name));
        }

        public Builder validationFraction(double f) {
            return put("validation_fraction", f, f >= 0 && f < 1, "a number in [0, 1)");
        }

        public Builder testFraction(double f) {
            return put("test_fraction", f, f >= 0 && f < 1, "a number in [0, 1)");
        }

        public Builder split(Split.Kind k) {
            v.put("split", k.name());
            return this;
        }

        /** Name: random or contiguous. */
        public Builder split(String name) {
            return split(parse(Split.Kind.class, "split", name));
        }

        public Builder seed(long seed) {
            v.put("seed", (double) seed);
            return this;
        }

        public Builder precision(Precision p) {
            v.put("precision", p.name());
            return this;
        }

        /** Name: float64 or float32. */
        public Builder precision(String name) {
            return precision(parse(Precision.class, "precision", name));
        }

        public Builder threads(int n) {
            return put("threads", n, n >= 1, "an integer ≥ 1");
        }

        public Builder checkpointEvery(int n) {
            return put("checkpoint_every", n, n >= 1, "an integer ≥ 1");
        }

        public Builder patience(int n) {
            return put("patience", n, n >= 0, "an integer ≥ 0");
        }

        public Builder memoryBudget(long bytes) {
            return put("memory_budget", (double) bytes, bytes >= 0, "bytes ≥ 0");
        }

        public TrainingSpec build() {
            if (Math.abs((Double) v.get("seed")) > 1L << 53) {
                throw InputException.of("training", "seed", "|seed| ≤ 2^53", v.get("seed"));
            }
            return new TrainingSpec(new LinkedHashMap<>(v));
        }

        private Builder put(String key, Object value, boolean ok, String expected) {
            if (!ok) {
                throw InputException.of("training", key.replace('_', ' '), expected, value);
            }
            v.put(key, value);
            return this;
        }

        private static <E extends Enum<E>> E parse(Class<E> type, String field, String name) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                    return e;
                }
            }
            StringBuilder names = new StringBuilder();
            for (E e : type.getEnumConstants()) {
                names.append(names.length() == 0 ? "" : " or ").append(e.name().toLowerCase(Locale.ROOT));
            }
            throw InputException.of("training", field, names.toString(), name);
        }
    }
}
