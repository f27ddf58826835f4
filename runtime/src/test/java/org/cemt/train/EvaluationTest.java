package org.cemt.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cemt.testkit.TestModels;
import org.cemt.core.InputException;
import org.cemt.model.CemtEnergy.Want;
import org.cemt.model.CemtModel;
import org.cemt.model.CemtResult;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** Evaluation statistics equal what one computes frame by frame; parity data line up; bad data is named. */
class EvaluationTest {
    static final String SPEC = "model < refPoints = atoms + bondCentres(2.0) ; gmp(orders = [-1, 0, 1, 2], "
        + "sigmas = [0.3, 0.6]) ; snn(8, 4, activation = tanh) >";

    /** Water frames (rattled) and methane frames labelled by a reference model of another seed. */
    static List<Structure> data(CemtModel reference, int n, boolean forces) {
        Random r = new Random(9);
        List<Structure> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Structure s = k % 2 == 0
                ? Structure.molecule(new int[] {8, 1, 1}, new double[] {0, 0, 0.119, 0, 0.763, -0.477, 0, -0.763,
                    -0.477})
                : Structure.molecule(new int[] {6, 1, 1, 1, 1}, new double[] {0, 0, 0, 0.63, 0.63, 0.63, -0.63,
                    -0.63, 0.63, -0.63, 0.63, -0.63, 0.63, -0.63, -0.63});
            double[] p = s.positions();
            for (int i = 0; i < p.length; i++) {
                p[i] += 0.05 * r.nextGaussian();
            }
            s = s.withPositions(p);
            CemtResult ref = reference.evaluate(s, Want.FORCES);
            out.add(forces ? s.withEnergyAndForces(ref.energy() + 0.01 * k, ref.forces())
                : s.toBuilder().energy(ref.energy() + 0.01 * k).build());
        }
        return out;
    }

    @Test
    void statisticsEqualTheDirectComputation() {
        CemtModel model = TestModels.of(SPEC, 1, 0.7, 0.5), reference = TestModels.of(SPEC, 2, 0.7, 0.5);
        List<Structure> data = data(reference, 6, true);
        EvaluationReport rep = Evaluation.run(model, data, "set");
        double sumAbs = 0, sumSq = 0, max = 0, perAtom = 0, fAbs = 0, fSq = 0, fMax = 0;
        int comps = 0;
        for (Structure s : data) {
            CemtResult r = model.evaluate(s, Want.FORCES);
            double e = r.energy() - s.energy();
            sumAbs += Math.abs(e);
            sumSq += e * e;
            max = Math.max(max, Math.abs(e));
            perAtom += Math.abs(e) / s.size();
            double[] f = r.forces(), f0 = s.forces();
            for (int k = 0; k < f.length; k++) {
                double d = f[k] - f0[k];
                fAbs += Math.abs(d);
                fSq += d * d;
                fMax = Math.max(fMax, Math.abs(d));
                comps++;
            }
        }
        Map<String, Object> m = rep.summary();
        assertEquals(6, m.get("n_structures"));
        assertEquals(sumAbs / 6, (double) m.get("energy_mae"), 1e-12);
        assertEquals(Math.sqrt(sumSq / 6), (double) m.get("energy_rmse"), 1e-12);
        assertEquals(max, (double) m.get("energy_max"), 1e-12);
        assertEquals(perAtom / 6, (double) m.get("energy_per_atom_mae"), 1e-12);
        assertEquals(3 * (3 + 5) * 3L, m.get("n_force_components"));
        assertEquals(fAbs / comps, (double) m.get("force_mae"), 1e-12);
        assertEquals(Math.sqrt(fSq / comps), (double) m.get("force_rmse"), 1e-12);
        assertEquals(fMax, (double) m.get("force_max"), 1e-12);
        assertTrue(sumAbs > 1e-3 && fAbs > 1e-3, "two different networks must disagree");
        assertTrue(rep.featurizeMsPerStructure() > 0 && rep.networkMsPerStructure() > 0);
        // parity data: frame order kept, predictions are the model's
        assertEquals(data.get(3).energy(), rep.energyReference()[3]);
        assertEquals(model.evaluate(data.get(3)).energy(), rep.energyPredicted()[3], 1e-12);
        assertArrayEquals(new int[] {3, 5, 3, 5, 3, 5}, rep.atoms());
        assertArrayEquals(data.get(0).forces(), java.util.Arrays.copyOf(rep.forceReference(), 9));
        assertEquals(comps, rep.forcePredicted().length);
    }

    @Test
    void aModelAgainstItsOwnLabelsHasOnlyTheEnergyOffsets() {
        CemtModel model = TestModels.of(SPEC, 1, 0.7, 0.5);
        EvaluationReport rep = Evaluation.run(model, data(model, 4, true), "self");
        assertEquals(0.03, rep.energy().max(), 1e-9, "labels were offset by 0.01·k");
        assertEquals(0, rep.force().max(), 1e-12);
    }

    @Test
    void framesWithoutForcesGiveEnergyStatisticsOnly() {
        CemtModel model = TestModels.of(SPEC, 1, 0.7, 0.5);
        EvaluationReport rep = Evaluation.run(model, data(model, 3, false), "energies");
        assertEquals(0L, rep.summary().get("n_force_components"));
        assertNull(rep.summary().get("force_mae"));
        assertEquals(0.01, rep.energy().mae(), 1e-9);
    }

    @Test
    void badFramesAreNamed() {
        CemtModel model = TestModels.of(SPEC, 1, 0.7, 0.5);
        List<Structure> data = new ArrayList<>(data(model, 2, true));
        data.add(Structure.molecule(new int[] {8, 1}, new double[] {0, 0, 0, 0, 0, 0.97}));
        assertEquals("d.extxyz: frame 3: energy: expected a reference energy, found none",
            assertThrows(InputException.class, () -> Evaluation.run(model, data, "d.extxyz")).getMessage());
        data.set(2, Structure.molecule(new int[] {8, 26}, new double[] {0, 0, 0, 0, 0, 1.9}).toBuilder()
            .energy(-1).build());
        assertEquals("d.extxyz: frame 3: atom 2: expected an element of the model [H, C, N, O, Cu, Au], found Fe",
            assertThrows(InputException.class, () -> Evaluation.run(model, data, "d.extxyz")).getMessage());
    }
}
