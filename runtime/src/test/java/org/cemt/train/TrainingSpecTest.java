package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cemt.core.InputException;
import org.cemt.model.Precision;
import org.junit.jupiter.api.Test;

class TrainingSpecTest {
    @Test
    void defaultsAreThePapers() {
        TrainingSpec t = TrainingSpec.builder().build();
        assertEquals(500, t.epochs());
        assertEquals(1e-3, t.learningRate());
        LearningRateSchedule s = t.newSchedule();
        assertEquals(1e-3, s.rate(99, Double.NaN));
        assertEquals(5e-4, s.rate(100, Double.NaN));
        assertEquals(0.1, t.validationFraction());
        assertEquals(Split.Kind.RANDOM, t.split());
        assertEquals(TrainingSpec.Loss.SQUARED, t.loss());
        assertEquals(Precision.FLOAT64, t.precision());
    }

    @Test
    void jsonRoundTripsEverySetting() {
        TrainingSpec t = TrainingSpec.builder().epochs(7).learningRate(2e-3).plateau(4, 0.3).batchSize(9)
            .forceCoefficient(0.01).loss(TrainingSpec.Loss.ABSOLUTE).perAtomEnergy(true).optimizer("adamw")
            .validationFraction(0.2).testFraction(0.1).split("contiguous").seed(123456789012L).precision("float32")
            .threads(3).checkpointEvery(5).patience(11).memoryBudget(1L << 33).build();
        TrainingSpec back = TrainingSpec.fromJson(t.toJson(), "t.json");
        assertEquals(t, back);
        assertEquals(123456789012L, back.seed());
        assertEquals(TrainingSpec.Schedule.PLATEAU, back.schedule());
        assertEquals(1L << 33, back.memoryBudget());
        assertEquals(t.withEpochs(9).epochs(), 9);
    }

    @Test
    void badSettingsNameTheFieldAndValue() {
        assertEquals("training: epochs: expected an integer ≥ 1, found 0",
            assertThrows(InputException.class, () -> TrainingSpec.builder().epochs(0)).getMessage());
        assertEquals("training: force coefficient: expected a finite number ≥ 0, found -0.1",
            assertThrows(InputException.class, () -> TrainingSpec.builder().forceCoefficient(-0.1)).getMessage());
        assertEquals("training: optimizer: expected adam or adamw or lbfgs, found sgd",
            assertThrows(InputException.class, () -> TrainingSpec.builder().optimizer("sgd")).getMessage());
        assertEquals("training: validation fraction: expected a number in [0, 1), found 1.0",
            assertThrows(InputException.class, () -> TrainingSpec.builder().validationFraction(1)).getMessage());
        assertEquals("t.json: training spec: expected one of [epochs, learning_rate, schedule, schedule_every, "
            + "schedule_factor, batch_size, force_coefficient, loss, per_atom_energy, optimizer, validation_fraction, "
            + "test_fraction, split, seed, precision, threads, checkpoint_every, patience, memory_budget], found lr",
            assertThrows(InputException.class, () -> TrainingSpec.fromJson("{\"lr\": 1}", "t.json")).getMessage());
    }
}
