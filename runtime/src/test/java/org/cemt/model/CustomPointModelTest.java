package org.cemt.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cemt.core.InputException;
import org.cemt.refpoint.CustomPoints;
import org.cemt.refpoint.RefPointSpec;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models with user-given points: the model file holds them inline (points made in memory save and load; a model
 * from a points file loads after the file is gone; every number reads back to the same bits), malformed inline
 * points are refused with the column, and the stress of a random SNN on a periodic metal cell with fixed and
 * attached points matches the central strain difference of its energy.
 */
class CustomPointModelTest {
    private static final String GMP_SNN = " ; gmp(orders = [-1, 0, 1, 2], sigmas = [0.4, 0.9]) ; "
        + "snn(8, 6, activation = tanh) >";

    @TempDir
    Path dir;

    /** Fixed and attached points with numbers that print long (0.1 + 0.2, 1/3, π, 1e-17, −0.0). */
    static CustomPoints points() {
        return CustomPoints.of(new double[] {0.1 + 0.2, 1.0 / 3, 2.9, 1.7, Math.PI, 0.6,
            0.7, -0.35, 1e-17, -0.0, 0.45, -0.6}, new double[] {0.7, 1.3, 1.0 / 7, 0.9},
            new int[] {-1, -1, 0, 3});
    }

    /** Cu₃Au on fcc sites of a slightly triclinic cell (a ≈ 3.75 Å), rattled with a fixed seed. */
    static Structure metal() {
        double[] rows = {3.75, 0.0, 0.0, 0.12, 3.7, 0.0, -0.08, 0.1, 3.8};
        double[][] frac = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        SplittableRandom rnd = new SplittableRandom(29);
        double[] r = new double[12];
        for (int i = 0; i < 4; i++) {
            for (int a = 0; a < 3; a++) {
                r[3 * i + a] = frac[i][0] * rows[a] + frac[i][1] * rows[3 + a] + frac[i][2] * rows[6 + a]
                    + 0.12 * (2 * rnd.nextDouble() - 1);
            }
        }
        return Structure.of(new int[] {79, 29, 29, 29}, r, Cell.periodic(rows));
    }

    static CemtModel model(ModelSpec spec) {
        Snn net = Snn.create(spec.architecture(), Precision.FLOAT64, 11, 1);
        int f = spec.features();
        double[] scale = new double[f];
        Arrays.fill(scale, 0.5);
        double[] bias = new double[95];
        bias[29] = -3.2;
        bias[79] = -2.9;
        return CemtModel.of(spec, new double[f], scale, 0.3, bias, net, Map.of("elements", List.of("Cu", "Au")));
    }

    static ModelSpec spec(RefPointSpec points) {
        ModelSpec base = ModelSpec.parse("model < refPoints = atoms" + GMP_SNN);
        return ModelSpec.builder().refPoints(points).gmp(base.gmp()).snn(8, 6).activation(Activation.TANH).build();
    }

    @Test
    void inMemoryPointsSaveInlineAndPredictIdenticalBitsInAFreshLoad() {
        CemtModel m = model(spec(RefPointSpec.union(RefPointSpec.atoms(),
            RefPointSpec.custom(points()).weighted(0.5))));
        String text = m.spec().toString();
        assertTrue(text.contains("points(xyz = [[0.30000000000000004, 0.3333333333333333, 2.9], "), text);
        assertTrue(text.contains("atoms = [-1, -1, 0, 3])"), text);
        assertFalse(text.contains("file("), text);
        CustomPoints back = ModelSpec.parse(text).refPoints().parts().get(1).customPoints();
        assertEquals(points(), back, "every coordinate, weight and atom reads back to the same bits");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.coordinates()[9]));

        Structure s = metal();
        CemtEnergy.Want[] all = {CemtEnergy.Want.FORCES, CemtEnergy.Want.STRESS};
        CemtResult r = m.evaluate(s, all);
        Path f = dir.resolve("metal.cemt");
        m.save(f);
        CemtModel loaded = CemtModel.load(f);
        assertEquals(m.spec(), loaded.spec());
        CemtResult r2 = loaded.evaluate(s, all);
        assertEquals(Double.doubleToRawLongBits(r.energy()), Double.doubleToRawLongBits(r2.energy()));
        assertArrayEquals(r.forces(), r2.forces());
        assertArrayEquals(r.stress(), r2.stress());
        assertEquals("atoms+0.5*custom(4 points from " + CustomPointsText.ORIGIN + ")",
            loaded.spec().refPoints().toString());
    }

    @Test
    void modelFromAPointsFileLoadsAfterTheFileIsDeleted() throws IOException {
        Path pts = dir.resolve("pts.txt");
        Files.writeString(pts, "# x y z weight atom\n0.3 1.1 2.0 0.8\n0.4 -0.2 0.5 1.5 1\n", StandardCharsets.UTF_8);
        String text = "model < refPoints = atoms + file(\"" + pts.toString().replace('\\', '/') + "\")" + GMP_SNN;
        CemtModel m = model(ModelSpec.parse(text));
        assertEquals("atoms+custom(2 points from " + pts + ")", m.spec().refPoints().toString());
        CemtResult r = m.evaluate(metal(), CemtEnergy.Want.FORCES);
        Path f = dir.resolve("file-points.cemt");
        m.save(f);
        Files.delete(pts);
        CemtResult r2 = CemtModel.load(f).evaluate(metal(), CemtEnergy.Want.FORCES);
        assertEquals(r.energy(), r2.energy());
        assertArrayEquals(r.forces(), r2.forces());
        assertTrue(m.spec().toString().contains("points(xyz = [[0.3, 1.1, 2.0], [0.4, -0.2, 0.5]], weights = "
            + "[0.8, 1.5], atoms = [-1, 1])"), m.spec().toString());
    }

    @Test
    void malformedInlinePointsAreRefusedWithTheColumn() {
        String head = "model < refPoints = ";
        // column of each offending item, counted in the whole text (1-based)
        assertEquals("model spec: column 68: points: weights: expected 2 numbers (one per point), found 1",
            message(head + "points(xyz = [[0, 0, 1], [1, 0, 0]], weights = [1.0]) >"));
        assertEquals("model spec: column 46: points: xyz: point 1: expected [x, y, z], found 2 numbers",
            message(head + "points(xyz = [[0, 0, 1], [1, 0]]) >"));
        assertEquals("model spec: column 42: points: xyz: point 0: expected a finite number, found 1e999",
            message(head + "points(xyz = [[0, 0, 1e999]]) >"));
        assertEquals("model spec: column 39: points: xyz: point 0: expected a finite number, found NaN",
            message(head + "points(xyz = [[0, NaN, 1]]) >"));
        assertEquals("model spec: column 70: points: atoms: point 1: expected an atom index ≥ 0 or −1 (fixed), "
            + "found -2", message(head + "points(xyz = [[0, 0, 1], [1, 0, 0]], atoms = [0, -2]) >"));
        assertEquals("model spec: column 56: points: atoms: point 0: expected an atom index ≥ 0 or −1 (fixed), "
            + "found 1.5", message(head + "points(xyz = [[0, 0, 1]], atoms = [1.5]) >"));
        assertEquals("model spec: column 55: points: atoms: expected 1 indices (one per point), found 2",
            message(head + "points(xyz = [[0, 0, 1]], atoms = [0, 1]) >"));
        assertEquals("model spec: column 34: points: xyz: expected at least one point [x, y, z], found none",
            message(head + "points(xyz = []) >"));
        assertEquals("model spec: column 21: points: expected xyz = [[x, y, z], …]",
            message(head + "points(weights = [1]) >"));
        assertEquals("model spec: column 47: points: expected xyz, weights or atoms, found 'weight'",
            message(head + "points(xyz = [[0, 0, 1]], weight = [1]) >"));
        // an attachment past the structure's atoms is caught when the points are placed
        CemtModel m = model(ModelSpec.parse(head + "atoms + points(xyz = [[0, 0, 1]], atoms = [7])" + GMP_SNN));
        assertEquals("spec text: point 0 atom: expected an index below 4, found 7",
            assertThrows(InputException.class, () -> m.evaluate(metal())).getMessage());
    }

    /** σ = (1/V) dE/dε with atoms and cell strained, fixed points kept, attached points at strained R_k + offset. */
    @Test
    void stressMatchesStrainDifferencesWithFixedAndAttachedPoints() {
        Structure s = metal();
        double v = Math.abs(s.cell().volume());
        double h = 1e-5;
        for (RefPointSpec points : new RefPointSpec[] {RefPointSpec.custom(points()),
            RefPointSpec.union(RefPointSpec.atoms(), RefPointSpec.custom(points()).weighted(0.5))}) {
            CemtModel m = model(spec(points));
            double[] sigma = m.evaluate(s, CemtEnergy.Want.STRESS).stress();
            double max = 0;
            for (int ab = 0; ab < 9; ab++) {
                double fd = (m.evaluate(CemtEnergyTest.strained(s, ab, h)).energy()
                    - m.evaluate(CemtEnergyTest.strained(s, ab, -h)).energy()) / (2 * h) / v;
                assertEquals(fd, sigma[ab], 1e-6 * Math.max(1e-2, Math.abs(fd)), points + ": component " + ab);
                max = Math.max(max, Math.abs(sigma[ab]));
            }
            assertTrue(max > 1e-3, points + ": stress not trivially zero, max " + max);
        }
    }

    private static String message(String text) {
        return assertThrows(InputException.class, () -> ModelSpec.parse(text)).getMessage();
    }
}
