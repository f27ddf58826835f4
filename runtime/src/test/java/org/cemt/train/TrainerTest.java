package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cemt.core.InputException;
import org.cemt.model.CemtEnergy;
import org.cemt.model.CemtModel;
import org.cemt.model.CemtResult;
import org.cemt.model.ModelSpec;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainerTest {
    static final ModelSpec SPEC = ModelSpec.parse("model < refPoints = atoms + weighted(bondCentres(1.3, smooth = "
        + "0.4), 0.5) ; gmp(orders = [-1, 0, 1, 2], sigmas = [0.3, 0.7]) ; snn(8, 6, activation = gelu, "
        + "batchNorm = true) >");
    static final List<Structure> DATA = TrainingFixtures.molecules(24, 3);

    @TempDir
    Path dir;

    static TrainingSpec.Builder spec(int epochs) {
        return TrainingSpec.builder().epochs(epochs).batchSize(5).learningRate(3e-3).forceCoefficient(0.5)
            .validationFraction(0.2).testFraction(0.2).seed(5).threads(2).checkpointEvery(2).plateau(1, 0.7);
    }

    @Test
    void resumeEndsBitIdenticalToAnUninterruptedRun() {
        TrainingResult full = Trainer.train(DATA, SPEC, spec(6).build(), dir.resolve("a"), false, Trainer.SILENT);
        Trainer.train(DATA, SPEC, spec(3).build(), dir.resolve("b"), false, Trainer.SILENT);
        TrainingResult resumed = Trainer.train(DATA, SPEC, spec(6).build(), dir.resolve("b"), true, Trainer.SILENT);
        assertArrayEquals(full.model().network().parameters(), resumed.model().network().parameters());
        assertArrayEquals(full.model().network().runningMean(), resumed.model().network().runningMean());
        for (int k = 0; k < 6; k++) {
            EpochRecord a = full.history().get(k), b = resumed.history().get(k);
            assertEquals(a.trainLoss(), b.trainLoss(), 0.0);
            assertEquals(a.validationLoss(), b.validationLoss(), 0.0);
            assertEquals(a.learningRate(), b.learningRate(), 0.0);
        }
        assertTrue(Files.exists(dir.resolve("b/split.json")) && Files.exists(dir.resolve("b/spec.txt")));
    }

    @Test
    void trainingLowersTheLossAndTheModelPredictsWhatTheTrainerSaw() {
        TrainingResult r = Trainer.train(DATA, SPEC, spec(60).learningRate(1e-2).build(), null, false, Trainer.SILENT);
        List<EpochRecord> h = r.history();
        assertTrue(h.get(h.size() - 1).trainLoss() < 0.3 * h.get(0).trainLoss(), h.get(h.size() - 1).toString());
        // the saved model, a fresh evaluation through CemtEnergy, equals the trainer's own test predictions
        CemtModel m = r.model();
        Path f = dir.resolve("m.cemt");
        m.save(f);
        CemtModel back = CemtModel.load(f);
        ErrorStats e = new ErrorStats();
        ErrorStats fe = new ErrorStats();
        for (int s : r.split().test()) {
            Structure st = DATA.get(s);
            CemtResult res = back.evaluate(st, CemtEnergy.Want.FORCES);
            e.add(res.energy() - st.energy());
            double[] fr = res.forces();
            for (int k = 0; k < fr.length; k++) {
                fe.add(fr[k] - st.forces()[k]);
            }
        }
        assertEquals(r.test().energy().mae(), e.mae(), 1e-9);
        assertEquals(r.test().force().mae(), fe.mae(), 1e-9);
        assertTrue(r.summary().contains("force training: cached"), r.summary());
    }

    @Test
    void earlyStoppingKeepsTheBestValidationParameters() {
        TrainingSpec ts = spec(40).learningRate(0.05).constantRate().patience(3).build();
        TrainingResult r = Trainer.train(DATA, SPEC, ts, null, false, Trainer.SILENT);
        assertTrue(r.stoppedEarly() && r.history().size() == r.bestEpoch() + 4, r.history().size() + " epochs");
        EpochRecord best = r.history().get(r.bestEpoch());
        assertEquals(best.validationEnergyMae(), r.validation().energy().mae(), 1e-12);
        for (EpochRecord e : r.history()) {
            assertTrue(e.validationLoss() >= best.validationLoss());
        }
    }

    @Test
    void fullBatchLbfgsFitsBetterThanTheStartingNetwork() {
        TrainingResult start = Trainer.train(DATA, SPEC, spec(1).learningRate(1e-9).constantRate().build(), null,
            false, Trainer.SILENT);
        TrainingResult r = Trainer.train(DATA, SPEC, spec(30).optimizer(TrainingSpec.Optimizer.LBFGS).build(), null,
            false, Trainer.SILENT);
        assertEquals(1, r.history().size());
        assertTrue(r.history().get(0).trainLoss() < 0.3 * start.history().get(0).trainLoss(),
            r.history().get(0) + " vs " + start.history().get(0));
    }

    @Test
    void resumeRefusesAnotherSpec() {
        Trainer.train(DATA, SPEC, spec(2).build(), dir, false, Trainer.SILENT);
        TrainingSpec other = spec(4).forceCoefficient(0.1).build();
        InputException ex = assertThrows(InputException.class,
            () -> Trainer.train(DATA, SPEC, other, dir, true, Trainer.SILENT));
        assertTrue(ex.getMessage().contains("checkpoint.cemt: training: expected"), ex.getMessage());
    }
}
