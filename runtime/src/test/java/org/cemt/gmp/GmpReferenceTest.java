package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every stored feature of gmp-reference.json (four settings; molecules, points off atoms, bond centres, a
 * periodic cell) within SPEC.md §9: |x − r| ≤ 1e-8|r|, or ≤ 1e-12, or ≤ 1e-13·S (S the conditioning scale);
 * value-only entries with the PEER_NODERIV order-9 variant, entries with derivatives with EXACT (§3.4 rule); every
 * stored derivative within 1e-7 absolute.
 */
class GmpReferenceTest {
    @TestFactory
    Stream<DynamicTest> featuresMatchTheReferenceFeaturizer() {
        return GmpReference.cases().stream().map(c -> DynamicTest.dynamicTest(c.setting() + "/" + c.name(), () -> {
            GmpSpec.Variant v = c.derivatives() != null ? GmpSpec.Variant.EXACT : GmpSpec.Variant.PEER_NODERIV;
            Featurizer fz = Featurizer.of(c.spec(v));
            GmpFeatures x = c.atAtoms() ? fz.computeAtAtoms(c.structure()) : fz.compute(c.structure(), c.points());
            double[] scale = x.conditioning();
            int nf = x.features();
            assertEquals(c.features()[0].length, nf, "feature count");
            for (int i = 0; i < x.points(); i++) {
                for (int ff = 0; ff < nf; ff++) {
                    int f = ff, p = i;
                    double r = c.features()[i][f], mine = x.value(i, f), d = Math.abs(mine - r);
                    boolean ok = d <= 1e-8 * Math.abs(r) || d <= 1e-12 || d <= 1e-13 * scale[i * nf + f];
                    assertTrue(ok, () -> c.name() + " point " + p + " feature " + fz.layout().label(f) + ": " + mine
                        + " vs reference " + r);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> waterDerivativesMatchTheReference() {
        return GmpReference.cases().stream().filter(c -> c.derivatives() != null).map(c ->
            DynamicTest.dynamicTest(c.setting() + "/" + c.name(), () -> {
                GmpFeatures x = Featurizer.of(c.spec(GmpSpec.Variant.EXACT)).computeAtAtoms(c.structure());
                int n = x.atoms(), nf = x.features();
                double[] dense = new double[x.points() * nf * 3 * n];
                for (double[] r : x.sparseJacobian()) {
                    dense[(((int) r[0] * nf + (int) r[1]) * n + (int) r[2]) * 3 + (int) r[3]] += r[4];
                }
                double[] ref = new double[dense.length];
                for (double[] r : c.derivatives()) {
                    ref[(((int) r[0] * nf + (int) r[1]) * n + (int) r[2]) * 3 + (int) r[3]] = r[4];
                }
                double max = 0, worst = 0;
                for (int q = 0; q < dense.length; q++) {
                    worst = Math.max(worst, Math.abs(dense[q] - ref[q]));
                    max = Math.max(max, Math.abs(ref[q]));
                }
                assertTrue(max > 1e-3, "reference derivatives are not all ~0");
                assertTrue(worst <= 1e-7, c.setting() + ": largest derivative error " + worst);
            }));
    }

    static List<GmpReference.Case> cases() {
        return GmpReference.cases();
    }
}
