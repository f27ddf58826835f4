package org.cemt.neighbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** Atoms near arbitrary points, inside and far outside the cell, equal the brute-force images within the radius. */
class PointNeighborsTest {
    /** Checks queries at random points with fractional coordinates in [lo, hi); returns the hits seen. */
    static int assertQueriesMatch(Structure s, double radius, double[] rows, double lo, double hi, long seed) {
        PointNeighbors pn = new PointNeighbors(s, radius);
        assertEquals(radius, pn.radius());
        Random r = new Random(seed);
        Hits hits = new Hits();
        int total = 0;
        for (int q = 0; q < 40; q++) {
            double[] f = {lo + (hi - lo) * r.nextDouble(), lo + (hi - lo) * r.nextDouble(),
                lo + (hi - lo) * r.nextDouble()};
            double x = f[0] * rows[0] + f[1] * rows[3] + f[2] * rows[6];
            double y = f[0] * rows[1] + f[1] * rows[4] + f[2] * rows[7];
            double z = f[0] * rows[2] + f[1] * rows[5] + f[2] * rows[8];
            Map<BruteForce.Image, double[]> expected = BruteForce.near(s, x, y, z, radius);
            expected.entrySet().removeIf(e -> Math.abs(norm(e.getValue()) - radius) < 1e-9);
            Map<BruteForce.Image, double[]> found = new HashMap<>();
            pn.forEachWithShift(x, y, z, (atom, dx, dy, dz, d2, s0, s1, s2) -> {
                assertEquals(dx * dx + dy * dy + dz * dz, d2, 1e-12);
                if (Math.abs(Math.sqrt(d2) - radius) >= 1e-9) {
                    assertTrue(found.put(new BruteForce.Image(atom, s0, s1, s2), new double[] {dx, dy, dz}) == null);
                }
            });
            assertEquals(expected.keySet(), found.keySet(), "point " + x + " " + y + " " + z);
            expected.forEach((k, v) -> {
                for (int ax = 0; ax < 3; ax++) {
                    assertEquals(v[ax], found.get(k)[ax], 1e-9);
                }
            });
            // forEach and collect report the same images (as atom + displacement multisets)
            List<String> viaForEach = new ArrayList<>();
            pn.forEach(x, y, z, (atom, dx, dy, dz, d2) -> viaForEach.add(key(atom, dx, dy, dz)));
            pn.collect(x, y, z, hits);
            List<String> viaCollect = new ArrayList<>();
            for (int k = 0; k < hits.size(); k++) {
                viaCollect.add(key(hits.atom(k), hits.dx(k), hits.dy(k), hits.dz(k)));
                assertEquals(hits.dx(k) * hits.dx(k) + hits.dy(k) * hits.dy(k) + hits.dz(k) * hits.dz(k),
                    hits.d2(k), 1e-12);
            }
            viaForEach.sort(null);
            viaCollect.sort(null);
            assertEquals(viaForEach, viaCollect);
            total += expected.size();
        }
        return total;
    }

    private static String key(int atom, double dx, double dy, double dz) {
        return atom + ":" + dx + ":" + dy + ":" + dz;
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    @Test
    void pointsAroundAMolecule() {
        double[] box = {10, 0, 0, 0, 8, 0, 0, 0, 6};
        Structure s = BruteForce.random(Cell.NONE, box, 60, 0, 1, 51, 6);
        assertTrue(assertQueriesMatch(s, 3.0, box, -0.3, 1.3, 52) > 100);
        assertEquals(0, assertQueriesMatch(s, 3.0, box, 5, 6, 53)); // far away: nothing
    }

    @Test
    void pointsInsideAndOutsideATriclinicCell() {
        Cell c = Cell.periodic(new double[] {6, 0, 0, 4.5, 5, 0, -3, 2.5, 4.5});
        Structure s = BruteForce.random(c, null, 30, -0.5, 1.5, 61, 29);
        assertTrue(assertQueriesMatch(s, 4.0, c.rows(), 0, 1, 62) > 500);
        assertTrue(assertQueriesMatch(s, 4.0, c.rows(), -3, 4, 63) > 500); // far outside: same density by periodicity
    }

    @Test
    void pointsInACellSmallerThanTheRadius() {
        Cell c = Cell.periodic(new double[] {2.0, 0, 0, 0.5, 2.1, 0, 0, 0.3, 1.8});
        Structure s = BruteForce.random(c, null, 3, 0, 1, 71, 79);
        assertTrue(assertQueriesMatch(s, 5.0, c.rows(), -2, 3, 72) > 1000);
    }

    @Test
    void pointsAboveAndBelowASlab() {
        Cell slab = Cell.of(new double[] {5, 0, 0, 2, 6, 0, 0, 0, 12}, new boolean[] {true, true, false});
        Structure s = BruteForce.random(slab, null, 20, 0, 0.5, 81, 78);
        assertTrue(assertQueriesMatch(s, 4.5, slab.rows(), -0.5, 1.5, 82) > 100);
        Cell wire = Cell.of(new double[] {0, 0, 3, 5, 0, 0, 0, 5, 0}, new boolean[] {true, false, false});
        assertQueriesMatch(BruteForce.random(wire, null, 8, 0, 1, 83, 29), 4.0, wire.rows(), -1, 2, 84);
    }
}
