package org.cemt.refpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/** Atom, heavy-atom, bond-centre, custom and union sets: hand-counted cases, motion, invariance. */
class PointSetsTest {
    @Test
    void waterHasThreeBondsUnderThePapersTwoAngstromRule() {
        // O–H 0.957 Å twice and H···H 1.514 Å: all three pairs are "bonds" below 2.0 Å (S1.1, Model 4)
        ReferencePointSet b = RefPointSpec.bonds().build(Molecules.water());
        assertEquals(3, b.size());
        assertEquals(2, RefPointSpec.bonds(1.2).build(Molecules.water()).size());
        assertEquals(1, RefPointSpec.heavy().build(Molecules.water()).size());
        assertEquals(3, RefPointSpec.atoms().build(Molecules.water()).size());
    }

    @Test
    void methaneCountsFourCHAndSixHHBondsAndOneHeavyAtom() {
        Structure m = Molecules.methane();
        assertEquals(10, RefPointSpec.bonds().build(m).size()); // C–H 1.09, H···H 1.78
        assertEquals(4, RefPointSpec.bonds(1.5).build(m).size());
        assertEquals(4, RefPointSpec.bonds().withPairCutoff("H", "H", 1.5).build(m).size());
        ReferencePointSet heavy = RefPointSpec.heavy().build(m);
        assertEquals(1, heavy.size());
        assertEquals(0, heavy.parent(0, 0));
        assertEquals(0, RefPointSpec.heavy().withLightElements("H", "C").build(m).size());
    }

    @Test
    void bondCentreIsTheMidpointAndMovesWithHalfOfEachAtom() {
        Structure m = Molecules.methane();
        ReferencePointSet b = RefPointSpec.bonds(1.5).build(m);
        for (int i = 0; i < b.size(); i++) {
            assertEquals(2, b.parentCount(i));
            int p = b.parent(i, 0), q = b.parent(i, 1);
            assertEquals(0.5, b.coefficient(i, 0));
            assertEquals(0.5, b.coefficient(i, 1));
            for (int a = 0; a < 3; a++) {
                assertEquals((m.position(p, a) + m.position(q, a)) / 2, b.point(i, a), 1e-14);
            }
            assertEquals(1.0, b.weight(i));
        }
    }

    @Test
    void periodicImagesGiveEachBondOnce() {
        // one atom in a 1.5 Å cube: its images at ±1.5 Å along x, y, z are 3 bonds; face diagonals are 2.12 Å
        Structure s = Structure.of(new int[] {29}, new double[] {0.2, 0.3, 0.4}, Cell.orthorhombic(1.5, 1.5, 1.5));
        ReferencePointSet b = RefPointSpec.bonds().build(s);
        assertEquals(3, b.size());
        double[] v = b.pointVelocities(new double[] {1, 2, 3}, new double[9]);
        for (int i = 0; i < 3; i++) {
            assertEquals(2, b.parentCount(i));
            // both halves from the same atom: the centre moves as the atom does
            assertArrayEquals(new double[] {1, 2, 3}, new double[] {v[3 * i], v[3 * i + 1], v[3 * i + 2]}, 1e-15);
        }
        // 2.2 Å adds the 12 face-diagonal images at 2.12 Å, 6 bonds: 3 + 6
        assertEquals(9, RefPointSpec.bonds(2.2).build(s).size());
    }

    @Test
    void atomHeavyAndBondSetsAreInvariantUnderRotationTranslationAndPermutation() {
        Structure a = Molecules.aspirin();
        double[] q = Molecules.rotation(0.3, -0.5, 0.8, 1.1);
        double[] t = {1.5, -2.0, 0.7};
        Structure moved = Molecules.moved(a, q, t);
        int n = a.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = (5 * i + 3) % n; // 5 and 21 coprime: a permutation
        }
        Structure permuted = moved.select(perm);
        for (RefPointSpec spec : List.of(RefPointSpec.atoms(), RefPointSpec.heavy(), RefPointSpec.bonds())) {
            List<double[]> expected = transform(spec.build(a), q, t);
            List<double[]> found = sorted(spec.build(permuted));
            assertEquals(expected.size(), found.size(), spec.toString());
            for (int i = 0; i < expected.size(); i++) {
                assertArrayEquals(expected.get(i), found.get(i), 1e-12, spec.toString());
            }
        }
        assertEquals(21, RefPointSpec.atoms().build(a).size());
        assertEquals(13, RefPointSpec.heavy().build(a).size()); // C9 O4
    }

    @Test
    void periodicBondsAreInvariantUnderRotationOfAtomsAndCell() {
        Structure s = Molecules.triclinic();
        double[] q = Molecules.rotation(1, 1, 0.2, 0.7);
        List<double[]> expected = transform(RefPointSpec.bonds(2.4).build(s), q, new double[3]);
        List<double[]> found = sorted(RefPointSpec.bonds(2.4).build(Molecules.moved(s, q, new double[3])));
        assertEquals(expected.size(), found.size());
        assertTrue(found.size() >= 3, "expected several bonds, found " + found.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), found.get(i), 1e-12);
        }
    }

    @Test
    void customPointsAreFixedOrFollowTheirAtom() {
        Structure w = Molecules.water();
        CustomPoints c = CustomPoints.of(new double[] {1, 2, 3, 0.1, 0, 0}, new double[] {0.5, 2.0},
            new int[] {-1, 1});
        ReferencePointSet p = RefPointSpec.custom(c).build(w);
        assertEquals(2, p.size());
        assertEquals(0, p.parentCount(0));
        assertArrayEquals(new double[] {1, 2, 3}, new double[] {p.point(0, 0), p.point(0, 1), p.point(0, 2)});
        assertEquals(w.position(1, 0) + 0.1, p.point(1, 0), 1e-15);
        assertEquals(2.0, p.weight(1));
        double[] g = p.chainToAtoms(new double[] {9, 9, 9, 1, 2, 3}, new double[9]);
        assertArrayEquals(new double[] {0, 0, 0, 1, 2, 3, 0, 0, 0}, g);
        // under strain the fixed point keeps its whole position, the attached one its offset; a union keeps both
        ReferencePointSet u = RefPointSpec.union(RefPointSpec.atoms(), RefPointSpec.custom(c)).build(w);
        assertTrue(u.hasUnstrainedParts());
        assertFalse(RefPointSpec.atoms().build(w).hasUnstrainedParts());
        assertArrayEquals(new double[] {0, 0, 0, 1, 2, 3, 0.1, 0, 0}, new double[] {u.unstrained(2, 0),
            u.unstrained(2, 1), u.unstrained(2, 2), u.unstrained(3, 0), u.unstrained(3, 1), u.unstrained(3, 2),
            u.unstrained(4, 0), u.unstrained(4, 1), u.unstrained(4, 2)});
        // out[3a+b] −= Σ_i gPoints[3i+a]·c_ib: only x of the fixed point (c = (1,2,3)) and of the attached one
        double[] gp = new double[3 * u.size()];
        gp[3 * 3] = 1;
        gp[3 * 4] = 2;
        assertArrayEquals(new double[] {-1 - 0.2, -2, -3, 0, 0, 0, 0, 0, 0}, u.chainToStrain(gp, new double[9]),
            1e-15);
    }

    @Test
    void unionConcatenatesPartsWithTheirWeightFactors() {
        Structure m = Molecules.methane();
        ReferencePointSet u = RefPointSpec.union(RefPointSpec.atoms(), RefPointSpec.bonds(1.5).weighted(0.25))
            .build(m);
        assertEquals(5 + 4, u.size());
        assertEquals(5 + 4 * 0.25, u.totalWeight(), 1e-15);
        assertEquals(1, u.parentCount(0));
        assertEquals(2, u.parentCount(5));
        assertEquals(u, RefPointSpec.parse("atoms+0.25*bonds:1.5").build(m));
    }

    /** The points of r, rotated by q and translated by t, sorted. */
    private static List<double[]> transform(ReferencePointSet r, double[] q, double[] t) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            double[] p = new double[3];
            for (int a = 0; a < 3; a++) {
                p[a] = q[3 * a] * r.point(i, 0) + q[3 * a + 1] * r.point(i, 1) + q[3 * a + 2] * r.point(i, 2) + t[a];
            }
            out.add(p);
        }
        out.sort(ORDER);
        return out;
    }

    private static List<double[]> sorted(ReferencePointSet r) {
        return transform(r, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[3]);
    }

    private static final Comparator<double[]> ORDER = Comparator.<double[]>comparingDouble(p -> Math.round(p[0] * 1e6))
        .thenComparingDouble(p -> Math.round(p[1] * 1e6)).thenComparingDouble(p -> Math.round(p[2] * 1e6));
}
