package org.cemt.gmp;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cemt.core.Element;
import org.cemt.core.Json;
import org.cemt.density.DensitySet;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.cemt.testkit.SharedData;

/** The cases of shared/reference/gmp/gmp-reference.json (README.md beside it), parsed once. */
final class GmpReference {
    private GmpReference() {
    }

    /** One stored structure of one setting. */
    record Case(String setting, String name, GmpSpec.Builder spec, Structure structure, double[] points,
                boolean atAtoms, double[][] features, List<double[]> derivatives) {
        GmpSpec spec(GmpSpec.Variant v) {
            return spec.variant(v).build();
        }
    }

    private static List<Case> cases;

    @SuppressWarnings("unchecked")
    static synchronized List<Case> cases() {
        if (cases != null) {
            return cases;
        }
        String text;
        try {
            text = Files.readString(SharedData.path("reference/gmp/gmp-reference.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> root = (Map<String, Object>) Json.parse(text, "gmp-reference.json");
        List<Case> out = new ArrayList<>();
        for (Map.Entry<String, Object> setting : root.entrySet()) {
            Map<String, Object> s = (Map<String, Object>) setting.getValue();
            Map<String, Object> set = (Map<String, Object>) s.get("settings");
            for (Object o : (List<Object>) s.get("structures")) {
                Map<String, Object> st = (Map<String, Object>) o;
                GmpSpec.Builder b = GmpSpec.builder()
                    .orders(((List<Object>) set.get("orders")).stream().map(x -> ((Double) x).intValue()).toList())
                    .sigmas(((List<Object>) set.get("sigmas")).stream().map(x -> (Double) x).toList())
                    .density(DensitySet.standard((String) set.get("psp")))
                    .square((Boolean) set.get("square"));
                List<Object> sym = (List<Object>) st.get("symbols");
                int[] z = new int[sym.size()];
                for (int i = 0; i < z.length; i++) {
                    z[i] = Element.number((String) sym.get(i), "reference");
                }
                double[] pos = flat((List<Object>) st.get("positions"));
                List<Object> pbcL = (List<Object>) st.get("pbc");
                boolean[] pbc = {(Boolean) pbcL.get(0), (Boolean) pbcL.get(1), (Boolean) pbcL.get(2)};
                Cell cell = pbc[0] || pbc[1] || pbc[2] ? Cell.of(flat((List<Object>) st.get("cell")), pbc) : Cell.NONE;
                Structure structure = Structure.of(z, pos, cell);
                Object rp = st.get("reference_points");
                boolean atAtoms = "atoms".equals(rp);
                double[] points = atAtoms ? pos : flat((List<Object>) rp);
                List<Object> fl = (List<Object>) st.get("features");
                double[][] feats = new double[fl.size()][];
                for (int i = 0; i < feats.length; i++) {
                    feats[i] = flat((List<Object>) fl.get(i));
                }
                List<double[]> der = null;
                if (st.containsKey("derivatives")) {
                    der = new ArrayList<>();
                    for (Object r : (List<Object>) st.get("derivatives")) {
                        der.add(flat((List<Object>) r));
                    }
                }
                out.add(new Case(setting.getKey(), (String) st.get("name"), b, structure, points, atAtoms, feats,
                    der));
            }
        }
        cases = out;
        return out;
    }

    @SuppressWarnings("unchecked")
    static double[] flat(List<Object> list) {
        List<Double> acc = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof List<?> l) {
                for (double d : flat((List<Object>) l)) {
                    acc.add(d);
                }
            } else {
                acc.add((Double) o);
            }
        }
        return acc.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
