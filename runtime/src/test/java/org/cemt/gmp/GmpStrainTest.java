package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The strain product of {@link GmpFeatures} ({@link StrainVjp}): gᵀ∂λ/∂ε under x → (I + ε)x of atoms, lattice
 * vectors and points against central differences (h = 1e-5) for skewed cells smaller than the cutoff (several
 * images per atom) and a molecule, on the harmonic and the general Gaussian-moment path; symmetric for
 * rotation-invariant features (solid harmonics, SPEC.md §4.3; not MCSH groups); for a molecule equal to
 * Σ_j ∂/∂R_j ⊗ R_j + Σ_i ∂/∂X_i ⊗ X_i (no images); bit-identical for any thread count.
 */
class GmpStrainTest {
    private static final double H = 1e-5;

    static final GmpSpec SOLID = GmpSpec.builder().orders(-1, 0, 1, 2, 3, 4).sigmas(0.3, 0.9).build();
    static final GmpSpec SQUARE = GmpSpec.builder().orders(-1, 0, 1, 2, 3).sigmas(0.2, 0.6).density("QE-kjpaw")
        .square(true).build();
    static final GmpSpec MCSH = GmpSpec.builder().orders(0, 1, 2, 3).sigmas(0.5).probes(GmpSpec.Probes.MCSH)
        .build();
    // §3.4 compatibility polynomials are not harmonic: the general path of KernelProducts
    static final GmpSpec PEER = GmpSpec.builder().orders(-1, 0, 2, 5, 9).sigmas(0.6, 1.5).density("QE-kjpaw")
        .variant(GmpSpec.Variant.PEER_NODERIV).build();

    record Setup(String name, GmpSpec spec, Structure s, double[] points) {
    }

    static List<Setup> setups() {
        Structure c = GmpCases.skewedCell();
        Structure w = GmpCases.water();
        double[] cp = GmpCases.randomPoints(c, 3, 1.5, 21);
        return List.of(new Setup("cell points solid", SOLID, c, cp),
            new Setup("cell atoms solid", SOLID, c, c.positions()),
            new Setup("cell points square", SQUARE, c, cp),
            new Setup("cell points mcsh", MCSH, c, cp),
            new Setup("cell points peer order 9", PEER, c, cp),
            new Setup("water points solid", SOLID, w, GmpCases.randomPoints(w, 3, 1.2, 22)));
    }

    private static double weighted(GmpSpec spec, Structure s, double[] points, double[] g) {
        double[] v = Featurizer.of(spec).compute(s, points).values();
        double sum = 0;
        for (int q = 0; q < v.length; q++) {
            sum += g[q] * v[q];
        }
        return sum;
    }

    @TestFactory
    Stream<DynamicTest> strainProductMatchesCentralDifferences() {
        return setups().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            GmpFeatures x = Featurizer.of(c.spec()).compute(c.s(), c.points());
            double[] g = GmpCases.random(x.points() * x.features(), 31);
            double[] an = x.vjpStrain(g, new double[9]);
            double scale = 0, max = 0;
            double[] v = x.values();
            for (int q = 0; q < v.length; q++) {
                scale += Math.abs(g[q] * v[q]);
            }
            for (int ab = 0; ab < 9; ab++) {
                double fd = (weighted(c.spec(), GmpCases.strained(c.s(), ab, H), GmpCases.strained(c.points(), ab, H),
                    g) - weighted(c.spec(), GmpCases.strained(c.s(), ab, -H), GmpCases.strained(c.points(), ab, -H),
                    g)) / (2 * H);
                assertEquals(fd, an[ab], 1e-6 * scale, c.name() + ": component " + ab);
                max = Math.max(max, Math.abs(an[ab]));
            }
            assertTrue(max > 1e-3 * scale, c.name() + ": strain product trivially small: " + max + " vs " + scale);
        }));
    }

    /** λ(Qd) = λ(d) for every rotation Q, so an antisymmetric ε (an infinitesimal rotation) changes nothing. */
    @Test
    void strainProductIsSymmetricForRotationInvariantFeatures() {
        for (Setup c : setups()) {
            if (c.spec() == PEER || c.spec() == MCSH) {
                continue; // order-9 compatibility polynomials and MCSH groups are not rotation invariant (§3.4, §4.3)
            }
            GmpFeatures x = Featurizer.of(c.spec()).compute(c.s(), c.points());
            double[] e = x.vjpStrain(GmpCases.random(x.points() * x.features(), 32), new double[9]);
            double norm = 0;
            for (double q : e) {
                norm = Math.max(norm, Math.abs(q));
            }
            for (int a = 0; a < 3; a++) {
                for (int b = a + 1; b < 3; b++) {
                    assertEquals(e[3 * a + b], e[3 * b + a], 1e-11 * norm, c.name() + ": " + a + "" + b);
                }
            }
            double off = Math.abs(e[1]) + Math.abs(e[2]) + Math.abs(e[5]);
            assertTrue(off > 1e-6 * norm, c.name() + ": shear part not trivially zero");
        }
    }

    /** Without images d = R_j − X_i, so Σ ∂/∂d ⊗ d splits into the atom and point products times positions. */
    @Test
    void moleculeStrainProductIsTheAtomAndPointProductsTimesPositions() {
        Structure w = GmpCases.water();
        double[] p = GmpCases.randomPoints(w, 5, 1.2, 23);
        GmpFeatures x = Featurizer.of(SOLID).compute(w, p);
        double[] g = GmpCases.random(x.points() * x.features(), 33);
        double[] atoms = x.vjpAtoms(g, new double[3 * x.atoms()]);
        double[] points = x.vjpPoints(g, new double[3 * x.points()]);
        double[] expected = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int j = 0; j < x.atoms(); j++) {
                    expected[3 * a + b] += atoms[3 * j + a] * w.position(j, b);
                }
                for (int i = 0; i < x.points(); i++) {
                    expected[3 * a + b] += points[3 * i + a] * p[3 * i + b];
                }
            }
        }
        GmpDerivativeTest.assertArrayNear(expected, x.vjpStrain(g, new double[9]), "strain");
    }

    @Test
    void strainProductIsBitIdenticalForAnyThreadCount() {
        Structure s = GmpCases.skewedCell();
        double[] p = GmpCases.randomPoints(s, 150, 2.0, 24);
        GmpFeatures one = Featurizer.of(SOLID).compute(s, p);
        GmpFeatures three = Featurizer.of(SOLID).withThreads(3).compute(s, p);
        double[] g = GmpCases.random(one.points() * one.features(), 34);
        assertEquals(Arrays.toString(one.vjpStrain(g, new double[9])),
            Arrays.toString(three.vjpStrain(g, new double[9])));
    }
}
