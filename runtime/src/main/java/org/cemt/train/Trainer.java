package org.cemt.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.cemt.core.AtomicFiles;
import org.cemt.core.ComputationException;
import org.cemt.core.InputException;
import org.cemt.core.Json;
import org.cemt.model.BatchMode;
import org.cemt.model.ModelSpec;
import org.cemt.model.Snn;
import org.cemt.structure.Structure;

/**
 * Trains a CEMT model (CEMT paper S1.3; GMP paper Eq. 5): split, featurise once ({@link Dataset}), fit bias and
 * scalers ({@link Scaling}), then epochs of shuffled mini-batches (the order of epoch k drawn from the seed and k
 * alone, so a resumed run repeats it), an optimiser step per batch, the learning-rate schedule, validation each
 * epoch, early stopping that keeps the best parameters, checkpoints. A run folder holds {@code spec.txt},
 * {@code training.json}, {@code split.json}, {@code seed.txt} and {@code checkpoint.cemt}. Full-batch L-BFGS runs
 * the epochs as its iteration limit in one go (no mid-run checkpoints).
 */
public final class Trainer {
    /** Called after every epoch (and with one-line messages), on the training thread. */
    public interface Progress {
        void epoch(EpochRecord r);

        default void message(String line) {
        }
    }

    /** Ignores everything. */
    public static final Progress SILENT = r -> { };

    private Trainer() {
    }

    /** Splits {@code data} as the training spec says, featurises and trains. runDir may be null (no files). */
    public static TrainingResult train(List<Structure> data, ModelSpec spec, TrainingSpec ts, Path runDir,
                                       boolean resume, Progress progress) {
        Split split = Split.fractions(data.size(), ts.validationFraction(), ts.testFraction(), ts.split(), ts.seed());
        boolean[] augment = new boolean[data.size()];
        for (int s : split.train()) {
            augment[s] = true;
        }
        progress.message("featurising " + data.size() + " structures (" + split + ")");
        Dataset d = Dataset.build(data, spec, augment, ts.forceCoefficient() > 0 || hasForces(data),
            ts.precision(), ts.memoryBudget(), ts.threads());
        return train(d, split, spec, ts, runDir, resume, progress);
    }

    private static boolean hasForces(List<Structure> data) {
        return data.stream().allMatch(Structure::hasForces);
    }

    /** Trains on a featurised data set with a given split. */
    public static TrainingResult train(Dataset d, Split split, ModelSpec spec, TrainingSpec ts, Path runDir,
                                       boolean resume, Progress progress) {
        long t0 = System.nanoTime();
        List<Sample> train = d.trainingSamples(split.train());
        List<Sample> val = d.evaluationSamples(split.validation());
        Scaling scaling = Scaling.fit(train, d.evaluationSamples(split.train()));
        Snn net = Snn.create(spec.architecture(), ts.precision(), ts.seed(), ts.threads());
        Adam opt = ts.optimizer() == TrainingSpec.Optimizer.ADAMW
            ? Adam.adamW(net.parameterCount(), ts.learningRate(), 0.9, 0.999, 1e-8, 0.01)
            : Adam.adam(net.parameterCount(), ts.learningRate());
        LearningRateSchedule schedule = ts.newSchedule();
        List<EpochRecord> history = new ArrayList<>();
        int start = 0;
        int bestEpoch = -1;
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] best = net.parameters();
        double[] bestMean = net.runningMean();
        double[] bestVar = net.runningVariance();
        Path ckpt = runDir == null ? null : runDir.resolve("checkpoint.cemt");
        if (resume) {
            if (ckpt == null || !Files.exists(ckpt)) {
                throw InputException.of("train --resume", "checkpoint", "a checkpoint in the run folder",
                    ckpt == null ? "no run folder" : "no " + ckpt);
            }
            Checkpoint c = Checkpoint.read(ckpt);
            if (!c.modelSpec().equals(spec.toString())) {
                throw InputException.of(ckpt.toString(), "spec", spec.toString(), c.modelSpec());
            }
            // epochs may grow; threads and memory budget belong to the machine (results do not depend on threads)
            TrainingSpec saved = TrainingSpec.builder().from(c.training()).epochs(ts.epochs()).threads(ts.threads())
                .memoryBudget(ts.memoryBudget()).build();
            if (!saved.equals(ts)) {
                throw InputException.of(ckpt.toString(), "training", ts.toJson(), c.training().toJson());
            }
            checkSplit(runDir, split);
            scaling = c.scaling();
            net.setParameters(c.parameters());
            net.setRunningStatistics(c.runningMean(), c.runningVariance());
            opt.restore(c.optimizer());
            history.addAll(c.history());
            start = c.epochsDone();
            bestEpoch = c.bestEpoch();
            bestLoss = c.bestLoss();
            best = c.bestParameters();
            bestMean = c.bestMean();
            bestVar = c.bestVariance();
            for (int k = 0; k < start; k++) { // replay a plateau schedule's state
                schedule.rate(k, k == 0 ? Double.NaN : history.get(k - 1).validationLoss());
            }
            progress.message("resuming after epoch " + start + " from " + ckpt);
        } else if (runDir != null) {
            writeRunFolder(runDir, spec, ts, split);
        }
        ForkJoinPool pool = new ForkJoinPool(ts.threads());
        try {
            TrainingLoss loss = new TrainingLoss(ts, scaling, pool);
            boolean stopped = false;
            int epoch = start;
            if (ts.optimizer() == TrainingSpec.Optimizer.LBFGS) {
                if (start < ts.epochs()) {
                    Lbfgs.Result r = Lbfgs.minimize((x, grad) -> {
                        net.setParameters(x);
                        Arrays.fill(grad, 0);
                        return loss.evaluate(net, train, BatchMode.TRAIN, grad, false).loss();
                    }, net.parameters(), 10, ts.epochs() - start, 0);
                    net.setParameters(r.x());
                    epoch = ts.epochs() - 1;
                    EpochRecord rec = record(loss, net, train, val, ts, epoch, r.value(), Double.NaN, Double.NaN,
                        ts.learningRate(), t0, start, epoch);
                    history.add(rec);
                    progress.epoch(rec);
                    bestLoss = rec.validationLoss();
                    bestEpoch = epoch;
                    best = net.parameters();
                    bestMean = net.runningMean();
                    bestVar = net.runningVariance();
                    epoch = ts.epochs();
                }
            }
            for (; epoch < ts.epochs(); epoch++) {
                double lr = schedule.rate(epoch, epoch == 0 ? Double.NaN : history.get(epoch - 1).validationLoss());
                opt.setLearningRate(lr);
                int[] order = shuffled(train.size(), ts.seed(), epoch);
                double sum = 0, sumE = 0, sumF = 0;
                double[] params = net.parameters();
                for (int b0 = 0; b0 < order.length; b0 += ts.batchSize()) {
                    int b1 = Math.min(order.length, b0 + ts.batchSize());
                    List<Sample> batch = new ArrayList<>(b1 - b0);
                    for (int i = b0; i < b1; i++) {
                        batch.add(train.get(order[i]));
                    }
                    double[] grad = new double[params.length];
                    TrainingLoss.Result r = loss.evaluate(net, batch, BatchMode.TRAIN, grad, false);
                    if (!Double.isFinite(r.loss())) {
                        throw new ComputationException("training: epoch " + epoch + ": loss is " + r.loss());
                    }
                    sum += r.loss() * batch.size();
                    sumE += r.energyLoss() * batch.size();
                    sumF += r.forceLoss() * batch.size();
                    opt.step(params, grad);
                    net.setParameters(params);
                }
                int n = order.length;
                EpochRecord rec = record(loss, net, train, val, ts, epoch, sum / n, sumE / n, sumF / n, lr, t0,
                    start, epoch);
                history.add(rec);
                double criterion = val.isEmpty() ? rec.trainLoss() : rec.validationLoss();
                if (criterion < bestLoss) {
                    bestLoss = criterion;
                    bestEpoch = epoch;
                    best = net.parameters();
                    bestMean = net.runningMean();
                    bestVar = net.runningVariance();
                }
                progress.epoch(rec);
                stopped = ts.patience() > 0 && epoch - bestEpoch >= ts.patience();
                boolean last = stopped || epoch == ts.epochs() - 1;
                if (ckpt != null && (last || (epoch + 1) % ts.checkpointEvery() == 0)) {
                    new Checkpoint(spec.toString(), ts, epoch + 1, bestEpoch, bestLoss, net.parameters(),
                        net.runningMean(), net.runningVariance(), opt.state(), best, bestMean, bestVar, history,
                        scaling).write(ckpt);
                }
                if (stopped) {
                    progress.message("early stop after epoch " + epoch + ": no better validation loss since epoch "
                        + bestEpoch);
                    epoch++;
                    break;
                }
            }
            if (bestEpoch >= 0) {
                net.setParameters(best);
                net.setRunningStatistics(bestMean, bestVar);
            }
            return TrainingResult.of(spec, ts, d, split, scaling, net, history, bestEpoch, stopped, loss,
                (System.nanoTime() - t0) * 1e-9);
        } finally {
            pool.shutdown();
        }
    }

    private static EpochRecord record(TrainingLoss loss, Snn net, List<Sample> train, List<Sample> val,
                                      TrainingSpec ts, int epoch, double trainLoss, double trainE, double trainF,
                                      double lr, long t0, int start, int current) {
        double vl = Double.NaN, eMae = Double.NaN, eRmse = Double.NaN, fMae = Double.NaN;
        if (!val.isEmpty()) {
            // energy-only training (β = 0) needs no validation forces for its loss or early stopping; predicting them
            // every epoch would dominate a grid model's run (its force path is recomputed matrix-free). The final
            // summary (TrainingResult) still reports validation and test force errors.
            Evaluation ev = evaluate(loss, net, val, ts.batchSize(), ts.forceCoefficient() > 0);
            vl = ev.loss;
            eMae = ev.errors.energy().mae();
            eRmse = ev.errors.energy().rmse();
            fMae = ev.errors.force().count() > 0 ? ev.errors.force().mae() : Double.NaN;
        }
        double elapsed = (System.nanoTime() - t0) * 1e-9;
        double left = elapsed / (current - start + 1) * (ts.epochs() - current - 1);
        return new EpochRecord(epoch, ts.epochs(), trainLoss, trainE, trainF, vl, eMae, eRmse, fMae, lr, elapsed,
            left);
    }

    /**
     * Mean loss and errors of samples in evaluation mode, in chunks of {@code chunk} structures; with
     * {@code forces}, also the force errors of samples that carry derivatives.
     */
    record Evaluation(double loss, Errors errors) {
    }

    static Evaluation evaluate(TrainingLoss loss, Snn net, List<Sample> samples, int chunk, boolean withForces) {
        double[] energies = new double[samples.size()];
        double[][] forces = new double[samples.size()][];
        double sum = 0;
        for (int b0 = 0; b0 < samples.size(); b0 += chunk) {
            List<Sample> part = samples.subList(b0, Math.min(samples.size(), b0 + chunk));
            // energy-only data sets (Dataset.Mode.ENERGY_ONLY) carry no derivatives: no predicted forces then
            boolean derivatives = withForces && part.stream().allMatch(Sample::hasDerivatives);
            TrainingLoss.Result r = loss.evaluate(net, part, BatchMode.EVAL, null, derivatives);
            sum += r.loss() * part.size();
            System.arraycopy(r.energies(), 0, energies, b0, part.size());
            System.arraycopy(r.forces(), 0, forces, b0, part.size());
        }
        return new Evaluation(sum / samples.size(), Errors.of(samples, energies, forces));
    }

    /** The sample order of one epoch: a Fisher–Yates shuffle seeded by (seed, epoch) only. */
    static int[] shuffled(int n, long seed, int epoch) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = o[i];
            o[i] = o[j];
            o[j] = t;
        }
        return o;
    }

    private static void writeRunFolder(Path dir, ModelSpec spec, TrainingSpec ts, Split split) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new InputException(dir + ": cannot create the run folder: " + e.getMessage());
        }
        AtomicFiles.writeString(dir.resolve("spec.txt"), spec + "\n");
        AtomicFiles.writeString(dir.resolve("training.json"), ts.toJson() + "\n");
        AtomicFiles.writeString(dir.resolve("split.json"), splitJson(split) + "\n");
        AtomicFiles.writeString(dir.resolve("seed.txt"), ts.seed() + "\n");
    }

    static String splitJson(Split split) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", split.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("seed", split.seed());
        m.put("train", split.train());
        m.put("validation", split.validation());
        m.put("test", split.test());
        return Json.write(m);
    }

    private static void checkSplit(Path runDir, Split split) {
        Path f = runDir.resolve("split.json");
        try {
            String saved = Files.readString(f).strip();
            if (!saved.equals(splitJson(split))) {
                throw InputException.of(f.toString(), "split", "the split of this data and training spec",
                    "another split (different data or settings)");
            }
        } catch (java.io.IOException e) {
            throw new InputException(f + ": cannot read: " + e.getMessage());
        }
    }
}
