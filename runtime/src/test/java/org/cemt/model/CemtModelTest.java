package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CemtModelTest {
    @TempDir
    Path dir;

    static final Structure WATER = Structure.molecule(new int[] {8, 1, 1},
        new double[] {0, 0, 0.119, 0, 0.763, -0.477, 0, -0.763, -0.477});

    static CemtModel model(String text) {
        ModelSpec spec = ModelSpec.parse(text);
        Snn net = Snn.create(spec.architecture(), Precision.FLOAT64, 3, 1);
        int f = spec.features();
        double[] mean = new double[f];
        double[] scale = new double[f];
        java.util.Arrays.fill(scale, 0.7);
        double[] bias = new double[95];
        bias[1] = -13.6;
        bias[8] = -430.0;
        return CemtModel.of(spec, mean, scale, 0.25, bias, net, Map.of("elements", List.of("H", "O")));
    }

    @Test
    void textFormRoundTrips() {
        String text = "model < refPoints = atoms + weighted(bondCentres(1.8), 0.5) ; gmp(orders = [-1, 0, 1, 2], "
            + "sigmas = [0.2, 0.4]) ; snn(16, 8, activation = tanh, batchNorm = false) >";
        ModelSpec a = ModelSpec.parse(text);
        ModelSpec b = ModelSpec.parse(a.toString());
        assertEquals(a, b);
        assertEquals(a.toString(), b.toString());
        assertEquals(1 + 3 * 2, a.features());
        assertTrue(a.toString().startsWith("model < refPoints = atoms + weighted(bondCentres(1.8), 0.5) ;"),
            a.toString());
    }

    @Test
    void textFormErrorsNameTheColumn() {
        InputException e = assertThrows(InputException.class,
            () -> ModelSpec.parse("model < refPoints = gird(0.3) ; snn(8) >"));
        assertTrue(e.getMessage().startsWith("model spec: column 21: "), e.getMessage());
        e = assertThrows(InputException.class, () -> ModelSpec.parse("model < snn(8 ; gmp(orders=[0]) >"));
        assertEquals("model spec: column 15: expected ',' or ')', found ';'", e.getMessage());
    }

    @Test
    void savedModelPredictsIdenticalNumbersInAFreshLoad() {
        CemtModel m = model("model < refPoints = atoms ; gmp(orders = [-1, 0, 1], sigmas = [0.3, 0.6]) ; "
            + "snn(8, 4) >");
        CemtResult r = m.evaluate(WATER, CemtEnergy.Want.FORCES);
        Path f = dir.resolve("w.cemt");
        m.save(f);
        CemtResult r2 = CemtModel.load(f).evaluate(WATER, CemtEnergy.Want.FORCES);
        assertEquals(r.energy(), r2.energy());
        assertArrayEquals(r.forces(), r2.forces());
        // the bias is part of the energy
        assertEquals(-430.0 - 2 * 13.6, r.energy() - java.util.Arrays.stream(r.contributions()).sum(), 1e-9);
    }

    @Test
    void forcesMatchCentralDifferencesThroughBondCentres() {
        CemtModel m = model("model < refPoints = atoms + bondCentres(2.0) ; gmp(orders = [-1, 0, 1, 2], "
            + "sigmas = [0.3, 0.6]) ; snn(8, 4, activation = tanh) >");
        double[] f = m.evaluate(WATER, CemtEnergy.Want.FORCES).forces();
        double h = 1e-5;
        double max = 0;
        for (int k = 0; k < 9; k++) {
            double[] p = WATER.positions();
            p[k] += h;
            double ep = m.evaluate(WATER.withPositions(p)).energy();
            p[k] -= 2 * h;
            double em = m.evaluate(WATER.withPositions(p)).energy();
            double fd = -(ep - em) / (2 * h);
            assertEquals(fd, f[k], 1e-6 * Math.max(1, Math.abs(fd)), "component " + k);
            max = Math.max(max, Math.abs(f[k]));
        }
        assertTrue(max > 1e-3, "forces not trivially zero: " + max);
    }

    @Test
    void untrainedElementIsRefused() {
        CemtModel m = model("model < refPoints = atoms ; gmp(orders = [0], sigmas = [0.3]) ; snn(4) >");
        Structure co = Structure.molecule(new int[] {6, 8}, new double[] {0, 0, 0, 0, 0, 1.13});
        InputException e = assertThrows(InputException.class, () -> m.evaluate(co));
        assertEquals("model: element C: expected one of the trained elements [H, O], found atom 0", e.getMessage());
    }
}
