package org.cemt.neighbor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cemt.core.InputException;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** The cell-list neighbour list equals the brute-force definition, pair by pair, image by image. */
class NeighborListTest {
    private static final double EDGE = 1e-9; // pairs this close to the cutoff may go either way

    /** Asserts the list holds exactly the brute-force pairs, with the same vectors; returns the pair count. */
    static int assertMatchesBruteForce(Structure s, double cutoff) {
        NeighborList nl = NeighborList.build(s, cutoff);
        Map<BruteForce.Pair, double[]> expected = BruteForce.pairs(s, cutoff);
        Map<BruteForce.Pair, double[]> found = new HashMap<>();
        double[] rows = s.cell().rows();
        for (int i = 0; i < nl.atoms(); i++) {
            for (int e = nl.start(i); e < nl.start(i + 1); e++) {
                BruteForce.Image img = new BruteForce.Image(nl.neighbor(e), nl.shift(e, 0), nl.shift(e, 1),
                    nl.shift(e, 2));
                double[] v = {nl.vector(e, 0), nl.vector(e, 1), nl.vector(e, 2)};
                assertTrue(found.put(new BruteForce.Pair(i, img), v) == null, "duplicate entry " + img);
                for (int ax = 0; ax < 3; ax++) { // vector = R_j + L − R_i with the reported shift
                    double want = s.position(img.atom(), ax) - s.position(i, ax) + img.s0() * rows[ax]
                        + img.s1() * rows[3 + ax] + img.s2() * rows[6 + ax];
                    assertEquals(want, v[ax], 1e-9);
                }
                assertEquals(Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]), nl.distance(e), 1e-12);
            }
        }
        expected.entrySet().removeIf(en -> Math.abs(norm(en.getValue()) - cutoff) < EDGE);
        found.entrySet().removeIf(en -> Math.abs(norm(en.getValue()) - cutoff) < EDGE);
        assertEquals(expected.keySet(), found.keySet());
        expected.forEach((k, v) -> {
            for (int ax = 0; ax < 3; ax++) {
                assertEquals(v[ax], found.get(k)[ax], 1e-9);
            }
        });
        return expected.size();
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    @Test
    void randomMoleculesMatchBruteForce() {
        for (long seed = 1; seed <= 4; seed++) {
            Structure s = BruteForce.random(Cell.NONE, new double[] {12, 0, 0, 0, 9, 0, 0, 0, 15}, 80, 0, 1, seed,
                6);
            assertTrue(assertMatchesBruteForce(s, 3.5) > 100);
        }
        assertEquals(0, NeighborList.build(Structure.molecule(new int[0], new double[0]), 3).size());
        assertEquals(0, NeighborList.build(Structure.of(new int[0], new double[0], Cell.orthorhombic(2, 2, 2)), 3)
            .size());
        // a molecule with a Lattice but pbc F F F gets no images
        Structure boxed = BruteForce.random(Cell.of(new double[] {5, 0, 0, 0, 5, 0, 0, 0, 5},
            new boolean[3]), null, 30, -0.5, 1.5, 9, 1);
        assertMatchesBruteForce(boxed, 4.0);
    }

    @Test
    void randomCubicCellsMatchBruteForce() {
        for (long seed = 1; seed <= 3; seed++) {
            Structure s = BruteForce.random(Cell.orthorhombic(10, 10, 10), null, 50, 0, 1, seed, 29);
            assertTrue(assertMatchesBruteForce(s, 5.0) > 1000);
        }
        Structure rect = BruteForce.random(Cell.orthorhombic(7, 11, 13), null, 40, 0, 1, 5, 29);
        assertMatchesBruteForce(rect, 6.0);
    }

    @Test
    void skewedTriclinicCellMatchesBruteForce() {
        Cell c = Cell.periodic(new double[] {6, 0, 0, 4.5, 5, 0, -3, 2.5, 4.5});
        Structure s = BruteForce.random(c, null, 30, 0, 1, 11, 13);
        assertTrue(assertMatchesBruteForce(s, 5.5) > 1000);
        Cell leftHanded = Cell.periodic(new double[] {0, 3.61, 3.61, 3.61, 3.61, 0, 3.61, 0, 3.61});
        assertMatchesBruteForce(BruteForce.random(leftHanded, null, 8, 0, 1, 12, 29), 5.0);
    }

    @Test
    void cellSmallerThanTheCutoffHasManyImagesOfEachAtomIncludingItself() {
        Cell c = Cell.periodic(new double[] {2.5, 0, 0, 0.7, 2.2, 0, 0.3, -0.4, 2.0});
        Structure s = BruteForce.random(c, null, 2, 0, 1, 21, 79);
        int pairs = assertMatchesBruteForce(s, 6.0);
        NeighborList nl = NeighborList.build(s, 6.0);
        int selfImages = 0;
        for (int e = nl.start(0); e < nl.start(1); e++) {
            selfImages += nl.neighbor(e) == 0 ? 1 : 0;
        }
        assertTrue(selfImages > 50, "self images " + selfImages);
        assertTrue(pairs > 200);
        // one atom alone in a 1 Å cube: every neighbour is an image of itself, 4π/3·R³ of them roughly
        Structure single = Structure.of(new int[] {1}, new double[] {0.2, 0.3, 0.4}, Cell.orthorhombic(1, 1, 1));
        assertEquals(assertMatchesBruteForce(single, 2.5), NeighborList.build(single, 2.5).size());
    }

    @Test
    void slabsAndWiresGetImagesOnlyAlongPeriodicVectors() {
        Cell slab = Cell.of(new double[] {8, 0, 0, 1.5, 7, 0, 0.5, 0.5, 15}, new boolean[] {true, true, false});
        Structure s = BruteForce.random(slab, null, 40, -0.3, 1.3, 31, 78);
        assertTrue(assertMatchesBruteForce(s, 6.0) > 500);
        Cell flat = Cell.of(new double[] {3, 0, 0, 0, 3.5, 0, 0, 0, 0}, new boolean[] {true, true, false});
        Structure thin = BruteForce.random(flat, null, 6, 0, 1, 32, 78)
            .withPositions(zSpread(BruteForce.random(flat, null, 6, 0, 1, 32, 78), 33));
        assertMatchesBruteForce(thin, 5.0);
        Cell wire = Cell.of(new double[] {2.8, 0.5, 0, 0, 10, 0, 0, 0, 10}, new boolean[] {true, false, false});
        assertMatchesBruteForce(BruteForce.random(wire, null, 10, -0.5, 1.5, 34, 29), 5.0);
        Cell yWire = Cell.of(new double[] {0, 0, 0, 0, 2.0, 0, 0, 0, 0}, new boolean[] {false, true, false});
        assertMatchesBruteForce(BruteForce.random(Cell.NONE, new double[] {4, 0, 0, 0, 4, 0, 0, 0, 4}, 5, 0, 1, 35,
            1).withCell(yWire), 4.5);
    }

    @Test
    void atomsOutsideTheCellAreFound() {
        Cell c = Cell.periodic(new double[] {5, 0, 0, 1, 6, 0, 0.5, 1, 7});
        Structure s = BruteForce.random(c, null, 25, -1.5, 2.5, 41, 29);
        assertMatchesBruteForce(s, 4.5);
        // wrapping every atom by a lattice vector changes shifts, not distances
        NeighborList a = NeighborList.build(s, 4.5);
        double[] moved = s.positions();
        for (int i = 0; i < s.size(); i++) {
            for (int ax = 0; ax < 3; ax++) {
                moved[3 * i + ax] += (i % 3 - 1) * c.vector(i % 3, ax);
            }
        }
        NeighborList b = NeighborList.build(s.withPositions(moved), 4.5);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < s.size(); i++) {
            assertEquals(a.start(i + 1) - a.start(i), b.start(i + 1) - b.start(i));
        }
    }

    @Test
    void neighbourDistancesAreInvariantUnderTranslationRotationAndPermutation() {
        Cell c = Cell.periodic(new double[] {6, 0, 0, 4.5, 5, 0, -3, 2.5, 4.5});
        Structure s = BruteForce.random(c, null, 20, 0, 1, 91, 29);
        List<List<Long>> ref = distances(s, 5.0, identity(20));
        // translation by an arbitrary vector (atoms leave the cell)
        double[] t = s.positions();
        for (int i = 0; i < 20; i++) {
            t[3 * i] += 7.3;
            t[3 * i + 1] -= 2.9;
            t[3 * i + 2] += 11.1;
        }
        assertEquals(ref, distances(s.withPositions(t), 5.0, identity(20)));
        // a rotation of atoms and cell together (about z by 0.7 rad)
        double co = Math.cos(0.7), si = Math.sin(0.7);
        double[] r = s.positions(), rows = c.rows();
        for (double[] v : new double[][] {r, rows}) {
            for (int i = 0; i < v.length; i += 3) {
                double x = v[i], y = v[i + 1];
                v[i] = co * x - si * y;
                v[i + 1] = si * x + co * y;
            }
        }
        assertEquals(ref, distances(Structure.of(s.numbers(), r, Cell.periodic(rows)), 5.0, identity(20)));
        // reversing the atom order permutes the lists
        int[] rev = new int[20];
        for (int i = 0; i < 20; i++) {
            rev[i] = 19 - i;
        }
        assertEquals(ref, distances(s.select(rev), 5.0, rev));
    }

    /** Per original atom, its sorted neighbour distances rounded to 1e-9 Å (as long multiples). */
    private static List<List<Long>> distances(Structure s, double cutoff, int[] original) {
        NeighborList nl = NeighborList.build(s, cutoff);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(null);
        }
        for (int i = 0; i < s.size(); i++) {
            List<Long> d = new ArrayList<>();
            for (int e = nl.start(i); e < nl.start(i + 1); e++) {
                d.add(Math.round(nl.distance(e) * 1e9));
            }
            d.sort(null);
            out.set(original[i], d);
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    @Test
    void parallelSlabVectorsAreRefused() {
        Cell bad = Cell.of(new double[] {2, 0, 0, 4, 0, 0, 0, 0, 5}, new boolean[] {true, true, false});
        Structure s = Structure.of(new int[] {1}, new double[3], bad);
        assertEquals("cell: periodic lattice vectors: expected two independent vectors, found parallel vectors 1 "
            + "and 2", assertThrows(InputException.class, () -> NeighborList.build(s, 3)).getMessage());
    }

    private static double[] zSpread(Structure s, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] x = s.positions();
        for (int i = 0; i < s.size(); i++) {
            x[3 * i + 2] = 6 * r.nextDouble() - 3;
        }
        return x;
    }
}
