package org.cemt.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cemt.model.ModelSpec;
import org.cemt.structure.Structure;
import org.cemt.structure.io.ExtXyz;

/**
 * The seed's Fig. 2 experiment (issue 6): one model trained with several force coefficients β on the same data and
 * split, featurised once; test energy and force MAE on frames never seen. Aspirin defaults: atom + heavy-atom +
 * bond-centre points, a contiguous split in file order (training frames first, then validation, then test: runs A–D
 * of the GFN2-xTB MD, so test frames are not interleaved with training frames).
 * Run: java -Xmx8g -cp runtime/target/benchmarks.jar org.cemt.train.ForceCoefficientStudy DATA TRAIN_FRAMES EPOCHS
 * [β,β,…] (build the jar with mvn -q -pl runtime -Pjmh package -DskipTests).
 */
public final class ForceCoefficientStudy {
    private ForceCoefficientStudy() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/aspirin-xtb-train.extxyz");
        int nTrain = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String[] betas = (args.length > 3 ? args[3] : "0,0.01,0.1,1").split(",");
        ModelSpec spec = ModelSpec.parse("model < refPoints = atoms + heavyAtoms + bondCentres(2.0) ; gmp(orders = "
            + "[-1, 0, 1, 2, 3], sigmas = [0.2, 0.4, 0.6, 0.8, 1.0, 1.5]) ; snn(128, 64, 32, activation = gelu, "
            + "batchNorm = false) >");
        List<Structure> frames = ExtXyz.read(data);
        int n = frames.size();
        int nVal = Math.round(nTrain / 9f);
        Split split = Split.of(n, nTrain, nVal, -1, Split.Kind.CONTIGUOUS, 0);
        TrainingSpec.Builder tb = TrainingSpec.builder().epochs(epochs).learningRate(2e-3).cosine().batchSize(32)
            .split(Split.Kind.CONTIGUOUS).seed(0);
        System.out.println(spec);
        System.out.println(split + "; " + epochs + " epochs, Adam lr 2e-3 cosine, batches of 32");
        long t0 = System.nanoTime();
        Dataset d = Dataset.build(frames, spec, new boolean[n], true, tb.build().precision(),
            tb.build().memoryBudget(), tb.build().threads());
        System.out.printf(Locale.ROOT, "featurised %d frames in %.1f s: %s (%s), %.1f KiB per structure%n", n,
            (System.nanoTime() - t0) * 1e-9, d.mode(), d.reason(), d.bytesPerStructure() / 1024.0);
        System.out.printf("%8s %14s %14s %14s %14s %10s%n", "beta", "E MAE eV", "E RMSE eV", "F MAE eV/Å",
            "F RMSE eV/Å", "train s");
        for (String b : betas) {
            TrainingSpec ts = tb.forceCoefficient(Double.parseDouble(b)).build();
            TrainingResult r = Trainer.train(d, split, spec, ts, null, false, Trainer.SILENT);
            Errors e = r.test();
            System.out.printf(Locale.ROOT, "%8s %14.5f %14.5f %14.5f %14.5f %10.1f%n", b, e.energy().mae(),
                e.energy().rmse(), e.force().mae(), e.force().rmse(), r.seconds() - d.seconds());
        }
    }
}
