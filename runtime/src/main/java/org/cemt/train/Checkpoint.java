package org.cemt.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cemt.core.InputException;
import org.cemt.core.Json;
import org.cemt.core.SectionFile;

/**
 * A training checkpoint: one {@link SectionFile} of kind "checkpoint" (written atomically: temporary file, flush,
 * rename, so a kill at any moment leaves the last good file) holding everything a bit-identical resume needs —
 * parameters, batch-norm running statistics, optimiser state, epochs done, the best state so far, the per-epoch
 * history (replayed into a plateau schedule), the scaling, the model spec's text form and the training spec.
 * Immutable.
 */
record Checkpoint(String modelSpec, TrainingSpec training, int epochsDone, int bestEpoch, double bestLoss,
                  double[] parameters, double[] runningMean, double[] runningVariance, double[] optimizer,
                  double[] bestParameters, double[] bestMean, double[] bestVariance, List<EpochRecord> history,
                  Scaling scaling) {
    static final int VERSION = 1;

    void write(Path file) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("epochs_done", epochsDone);
        meta.put("best_epoch", bestEpoch);
        meta.put("best_loss", Double.isFinite(bestLoss) ? bestLoss : null);
        meta.put("energy_scale", scaling.energyScale);
        double[] h = new double[history.size() * EpochRecord.WIDTH];
        for (int i = 0; i < history.size(); i++) {
            System.arraycopy(history.get(i).toArray(), 0, h, i * EpochRecord.WIDTH, EpochRecord.WIDTH);
        }
        SectionFile.create("checkpoint", VERSION)
            .putText("spec", modelSpec)
            .putText("training", training.toJson())
            .putText("meta", Json.write(meta))
            .putDoubles("parameters", parameters)
            .putDoubles("bn_mean", runningMean)
            .putDoubles("bn_variance", runningVariance)
            .putDoubles("optimizer", optimizer)
            .putDoubles("best_parameters", bestParameters)
            .putDoubles("best_bn_mean", bestMean)
            .putDoubles("best_bn_variance", bestVariance)
            .putDoubles("history", h)
            .putDoubles("feature_mean", scaling.mean)
            .putDoubles("feature_scale", scaling.scale)
            .putDoubles("bias", scaling.biasByZ)
            .write(file);
    }

    static Checkpoint read(Path file) {
        String where = file.toString();
        SectionFile f = SectionFile.read(file, "checkpoint", VERSION);
        Object m = Json.parse(f.text("meta", where), where + " (meta)");
        if (!(m instanceof Map<?, ?> meta)) {
            throw InputException.of(where, "meta", "a JSON object", "another value");
        }
        double[] h = f.doubles("history", where);
        if (h.length % EpochRecord.WIDTH != 0) {
            throw InputException.of(where, "history", "a multiple of " + EpochRecord.WIDTH + " numbers", h.length);
        }
        List<EpochRecord> history = new ArrayList<>();
        for (int off = 0; off < h.length; off += EpochRecord.WIDTH) {
            history.add(EpochRecord.fromArray(h, off));
        }
        Object best = meta.get("best_loss");
        Scaling sc = Scaling.of(f.doubles("feature_mean", where), f.doubles("feature_scale", where),
            number(meta, "energy_scale", where), f.doubles("bias", where));
        return new Checkpoint(f.text("spec", where), TrainingSpec.fromJson(f.text("training", where), where),
            (int) number(meta, "epochs_done", where), (int) number(meta, "best_epoch", where),
            best == null ? Double.POSITIVE_INFINITY : ((Number) best).doubleValue(), f.doubles("parameters", where),
            f.doubles("bn_mean", where), f.doubles("bn_variance", where), f.doubles("optimizer", where),
            f.doubles("best_parameters", where), f.doubles("best_bn_mean", where),
            f.doubles("best_bn_variance", where), history, sc);
    }

    private static double number(Map<?, ?> meta, String key, String where) {
        if (!(meta.get(key) instanceof Number n)) {
            throw InputException.of(where, "meta " + key, "a number", meta.get(key));
        }
        return n.doubleValue();
    }
}
