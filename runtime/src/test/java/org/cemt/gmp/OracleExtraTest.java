package org.cemt.gmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cemt.core.Element;
import org.cemt.core.Json;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Off-atom points in a molecule and in a triclinic cell against the independent oracle (test resource
 * oracle-extra.json, see its README): solid features (1e-8 relative / 1e-12 absolute), MCSH group features, the
 * Jacobian w.r.t. atoms with points fixed and the derivative w.r.t. the points (1e-7 absolute).
 */
class OracleExtraTest {
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> cases() throws IOException {
        try (InputStream in = OracleExtraTest.class.getResourceAsStream("oracle-extra.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(text, "oracle-extra.json"))
                .get("cases");
        }
    }

    @SuppressWarnings("unchecked")
    static Structure structure(Map<String, Object> c) {
        List<Object> sym = (List<Object>) c.get("symbols");
        int[] z = sym.stream().mapToInt(s -> Element.number((String) s, "oracle")).toArray();
        List<Object> pbcL = (List<Object>) c.get("pbc");
        boolean[] pbc = {(Boolean) pbcL.get(0), (Boolean) pbcL.get(1), (Boolean) pbcL.get(2)};
        Cell cell = pbc[0] ? Cell.of(GmpReference.flat((List<Object>) c.get("cell")), pbc) : Cell.NONE;
        return Structure.of(z, GmpReference.flat((List<Object>) c.get("positions")), cell);
    }

    @SuppressWarnings("unchecked")
    static GmpSpec.Builder spec(Map<String, Object> c) {
        return GmpSpec.builder()
            .orders(((List<Object>) c.get("orders")).stream().map(x -> ((Double) x).intValue()).toList())
            .sigmas(((List<Object>) c.get("sigmas")).stream().map(x -> (Double) x).toList())
            .density((String) c.get("psp")).square((Boolean) c.get("square"));
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> offAtomPointsMatchTheOracle() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> {
            Structure s = structure(c);
            double[] pts = GmpReference.flat((List<Object>) c.get("points"));
            GmpFeatures x = Featurizer.of(spec(c).build()).compute(s, pts);
            double[] ref = GmpReference.flat((List<Object>) c.get("features"));
            int m = x.points(), nf = x.features(), n = x.atoms();
            for (int q = 0; q < ref.length; q++) {
                double d = Math.abs(x.values()[q] - ref[q]);
                assertTrue(d <= 1e-8 * Math.abs(ref[q]) || d <= 1e-12, "value " + q + ": " + x.values()[q]
                    + " vs " + ref[q]);
            }
            // Jacobian w.r.t. atoms [point][feature][atom][axis]
            double[] dA = GmpReference.flat((List<Object>) c.get("derivatives_atoms"));
            double[] mine = new double[dA.length];
            for (double[] r : x.sparseJacobian()) {
                mine[(((int) r[0] * nf + (int) r[1]) * n + (int) r[2]) * 3 + (int) r[3]] = r[4];
            }
            assertClose(dA, mine, 1e-7, "d/dR");
            // derivative w.r.t. points, one feature at a time through vjpPoints
            double[] dP = GmpReference.flat((List<Object>) c.get("derivatives_points")); // [point][feature][axis]
            double[] got = new double[dP.length];
            for (int f = 0; f < nf; f++) {
                double[] g = new double[m * nf];
                for (int i = 0; i < m; i++) {
                    g[i * nf + f] = 1;
                }
                double[] out = x.vjpPoints(g, new double[3 * m]);
                for (int i = 0; i < m; i++) {
                    for (int a = 0; a < 3; a++) {
                        got[(i * nf + f) * 3 + a] = out[3 * i + a];
                    }
                }
            }
            assertClose(dP, got, 1e-7, "d/dX");
            // MCSH groups: [n, sigma, rep, values per point], in the layout's order
            GmpFeatures g = Featurizer.of(spec(c).probes(GmpSpec.Probes.MCSH).build()).compute(s, pts);
            List<Object> groups = (List<Object>) c.get("groups");
            int first = g.layout().order(0) < 0 ? 1 : 0;
            assertEquals(groups.size() + first, g.features());
            for (int k = 0; k < groups.size(); k++) {
                List<Object> e = (List<Object>) groups.get(k);
                int f = k + first;
                assertEquals(((Double) e.get(0)).intValue(), g.layout().order(f));
                assertEquals((Double) e.get(1), g.layout().sigma(f));
                double[] rep = GmpReference.flat((List<Object>) e.get(2));
                int[] mineRep = g.layout().group(f);
                for (int a = 0; a < 3; a++) {
                    assertEquals(rep[a], mineRep[a]);
                }
                double[] vals = GmpReference.flat((List<Object>) e.get(3));
                for (int i = 0; i < m; i++) {
                    double d = Math.abs(g.value(i, f) - vals[i]);
                    assertTrue(d <= 1e-8 * Math.abs(vals[i]) || d <= 1e-12, "group " + g.layout().label(f));
                }
            }
        }));
    }

    static void assertClose(double[] ref, double[] mine, double tol, String what) {
        assertEquals(ref.length, mine.length);
        double max = 0;
        for (int q = 0; q < ref.length; q++) {
            assertTrue(Math.abs(ref[q] - mine[q]) <= tol, what + " entry " + q + ": " + mine[q] + " vs " + ref[q]);
            max = Math.max(max, Math.abs(ref[q]));
        }
        assertTrue(max > 1e-3, what + ": reference not trivially zero");
    }
}
