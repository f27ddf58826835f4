package org.cemt.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cemt.core.AtomicFiles;
import org.cemt.core.InputException;
import org.cemt.model.ModelSpec;
import org.cemt.structure.Structure;

/**
 * Learning curves in one call (the CEMT paper's Fig. 3a measure): the structures are ordered once (a seeded
 * permutation, or file order for a contiguous split), featurised once, and for each size n a model is trained on
 * the first n (its last {@code validationFraction}·n of them for validation and early stopping) and tested on the
 * fixed rest — every structure after the largest training subset — so all sizes share one test set.
 */
public final class LearningCurve {
    /** One size: test errors and training time, s. */
    public record Point(int size, Errors test, double seconds) {
    }

    private LearningCurve() {
    }

    public static List<Point> run(List<Structure> data, ModelSpec spec, TrainingSpec ts, int[] sizes,
                                  Trainer.Progress progress) {
        int n = data.size();
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || sorted[0] < 2 || sorted[sorted.length - 1] >= n) {
            throw InputException.of("learning curve", "sizes", "sizes ≥ 2 and below the " + n
                + " structures (the rest is the test set)", Arrays.toString(sizes));
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (ts.split() == Split.Kind.RANDOM) {
            SplittableRandom r = new SplittableRandom(ts.seed());
            for (int i = n - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        int[] test = Arrays.copyOfRange(order, sorted[sorted.length - 1], n);
        boolean[] augment = new boolean[n];
        Arrays.fill(augment, true);
        progress.message("featurising " + n + " structures once");
        Dataset d = Dataset.build(data, spec, augment, ts.forceCoefficient() > 0
            || data.stream().allMatch(Structure::hasForces), ts.precision(), ts.memoryBudget(), ts.threads());
        List<Point> out = new ArrayList<>();
        for (int size : sorted) {
            int nVal = (int) Math.round(size * ts.validationFraction());
            int[] train = Arrays.copyOfRange(order, 0, size - nVal);
            int[] val = Arrays.copyOfRange(order, size - nVal, size);
            Split split = Split.ofIndices(ts.split(), ts.seed(), train, val, test);
            progress.message("size " + size + ": " + split);
            TrainingResult r = Trainer.train(d, split, spec, ts, null, false, progress);
            out.add(new Point(size, r.test(), r.seconds() - d.seconds()));
        }
        return out;
    }

    /** size, energy MAE/RMSE/max (eV), per-atom energy MAE, force MAE/RMSE/max (eV/Å), seconds. Atomic. */
    public static void writeCsv(List<Point> points, Path file) {
        StringBuilder b = new StringBuilder("size,test_structures,energy_mae,energy_rmse,energy_max,"
            + "energy_per_atom_mae,force_mae,force_rmse,force_max,train_seconds\n");
        for (Point p : points) {
            Errors e = p.test();
            b.append(String.format(Locale.ROOT, "%d,%d,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%.8g,%.3f%n", p.size(),
                e.structures(), e.energy().mae(), e.energy().rmse(), e.energy().max(), e.energyPerAtom().mae(),
                e.force().mae(), e.force().rmse(), e.force().max(), p.seconds()));
        }
        AtomicFiles.writeString(file, b.toString());
    }
}
