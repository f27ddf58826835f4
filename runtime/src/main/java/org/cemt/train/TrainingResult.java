package org.cemt.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.cemt.core.Element;
import org.cemt.model.CemtModel;
import org.cemt.model.ModelSpec;
import org.cemt.model.Snn;

/**
 * The outcome of a training run: the model (best parameters when a validation split chose them), the per-epoch
 * history, the errors on the validation and test splits (data the optimiser never saw; the test split also never
 * chose the model), how force training ran and why, memory and time. Immutable.
 */
public final class TrainingResult {
    private final CemtModel model;
    private final List<EpochRecord> history;
    private final int bestEpoch;
    private final boolean stoppedEarly;
    private final Errors validation;
    private final Errors test;
    private final Split split;
    private final Dataset.Mode mode;
    private final String modeReason;
    private final long bytesPerStructure;
    private final double featurizeSeconds;
    private final double seconds;
    private final Scaling scaling;

    private TrainingResult(CemtModel model, List<EpochRecord> history, int bestEpoch, boolean stoppedEarly,
                           Errors validation, Errors test, Split split, Dataset d, double seconds, Scaling scaling) {
        this.model = model;
        this.history = List.copyOf(history);
        this.bestEpoch = bestEpoch;
        this.stoppedEarly = stoppedEarly;
        this.validation = validation;
        this.test = test;
        this.split = split;
        this.mode = d.mode();
        this.modeReason = d.reason();
        this.bytesPerStructure = d.bytesPerStructure();
        this.featurizeSeconds = d.seconds();
        this.seconds = seconds;
        this.scaling = scaling;
    }

    static TrainingResult of(ModelSpec spec, TrainingSpec ts, Dataset d, Split split, Scaling scaling, Snn net,
                             List<EpochRecord> history, int bestEpoch, boolean stopped, TrainingLoss loss,
                             double seconds) {
        Errors val = split.validation().length == 0 ? null
            : Trainer.evaluate(loss, net, d.evaluationSamples(split.validation()), ts.batchSize(), true).errors();
        Errors test = split.test().length == 0 ? null
            : Trainer.evaluate(loss, net, d.evaluationSamples(split.test()), ts.batchSize(), true).errors();
        TreeSet<Integer> z = new TreeSet<>();
        for (int s : split.train()) {
            for (int v : d.structures().get(s).numbers()) {
                z.add(v);
            }
        }
        List<Object> elements = new ArrayList<>();
        for (int v : z) {
            elements.add(Element.symbol(v));
        }
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("elements", elements);
        prov.put("training", ts.toJson());
        prov.put("split", split.toString());
        prov.put("epochs_run", history.size());
        prov.put("best_epoch", bestEpoch);
        prov.put("force_mode", d.mode().name().toLowerCase(Locale.ROOT));
        Snn copy = Snn.of(net.architecture(), net.precision(), net.parameters(), 1);
        copy.setRunningStatistics(net.runningMean(), net.runningVariance());
        CemtModel model = CemtModel.of(spec, scaling.mean, scaling.scale, scaling.energyScale, scaling.biasByZ, copy,
            prov);
        return new TrainingResult(model, history, bestEpoch, stopped, val, test, split, d, seconds, scaling);
    }

    public CemtModel model() {
        return model;
    }

    public List<EpochRecord> history() {
        return history;
    }

    /** Epoch whose parameters the model holds (−1 if none was run). */
    public int bestEpoch() {
        return bestEpoch;
    }

    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    /** Errors on the validation split, or null without one. */
    public Errors validation() {
        return validation;
    }

    /** Errors on the test split, or null without one. */
    public Errors test() {
        return test;
    }

    public Split split() {
        return split;
    }

    public Dataset.Mode mode() {
        return mode;
    }

    public Scaling scaling() {
        return scaling;
    }

    /** Wall time of the whole run including featurisation, s. */
    public double seconds() {
        return seconds + featurizeSeconds;
    }

    /** The run summary: data, mode and why, memory, time, best epoch, error tables. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(split).append('\n');
        b.append("force training: ").append(mode.name().toLowerCase(Locale.ROOT)).append(" (").append(modeReason)
            .append(")\n");
        b.append(String.format(Locale.ROOT, "memory: %.1f KiB per structure%n", bytesPerStructure / 1024.0));
        b.append(String.format(Locale.ROOT, "time: featurise %.1f s, train %.1f s (%d epochs%s; matrix kernel %s)%n",
            featurizeSeconds, seconds, history.size(), stoppedEarly ? ", stopped early" : "", Snn.matrixKernel()));
        b.append(String.format(Locale.ROOT, "scaling: energy scale %.6g eV per unit weight%n",
            scaling.energyScale));
        if (bestEpoch >= 0) {
            b.append("model: parameters of epoch ").append(bestEpoch).append('\n');
        }
        if (validation != null) {
            b.append("validation:\n").append(validation.table());
        }
        if (test != null) {
            b.append("test (never seen):\n").append(test.table());
        }
        return b.toString();
    }
}
