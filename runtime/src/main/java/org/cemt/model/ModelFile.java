package org.cemt.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.core.Json;
import org.cemt.core.SectionFile;

/**
 * The model file: one self-describing, versioned {@link SectionFile} of kind "model" holding the spec in its
 * one-line text form (density and probe settings, reference points with custom points inline, network), the
 * scalers, the per-element biases
 * and the network's parameters and batch-norm running statistics, stored bit-exactly. Format version 1.
 */
final class ModelFile {
    static final int VERSION = 1;

    private ModelFile() {
    }

    static void write(CemtModel m, Path file) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("features", m.spec().features());
        meta.put("precision", m.network().precision().name());
        meta.put("energy_scale", m.energyScale());
        Map<String, Object> bias = new LinkedHashMap<>();
        double[] b = m.biasByZ();
        for (int z = 1; z < b.length; z++) {
            if (b[z] != 0) {
                bias.put(Element.symbol(z), b[z]);
            }
        }
        meta.put("bias_eV", bias);
        meta.put("provenance", m.provenance());
        Snn n = m.network();
        SectionFile.create("model", VERSION)
            .putText("spec", m.spec().toString())
            .putText("meta", Json.write(meta))
            .putDoubles("feature_mean", m.featureMean())
            .putDoubles("feature_scale", m.featureScale())
            .putDoubles("parameters", n.parameters())
            .putDoubles("bn_mean", n.runningMean())
            .putDoubles("bn_variance", n.runningVariance())
            .write(file);
    }

    @SuppressWarnings("unchecked")
    static CemtModel read(Path file) {
        String where = file.toString();
        SectionFile f = SectionFile.read(file, "model", VERSION);
        ModelSpec spec;
        try {
            spec = ModelSpec.parse(f.text("spec", where));
        } catch (InputException e) {
            throw new InputException(where + ": spec: " + e.getMessage(), e);
        }
        Object metaObj = Json.parse(f.text("meta", where), where + " (meta)");
        if (!(metaObj instanceof Map<?, ?> metaRaw)) {
            throw InputException.of(where, "meta", "a JSON object", "another value");
        }
        Map<String, Object> meta = (Map<String, Object>) metaRaw;
        Precision precision;
        try {
            precision = Precision.valueOf(String.valueOf(meta.get("precision")));
        } catch (IllegalArgumentException e) {
            throw InputException.of(where, "precision", "FLOAT64 or FLOAT32", meta.get("precision"));
        }
        double[] params = f.doubles("parameters", where);
        SnnArchitecture arch = spec.architecture();
        if (params.length != arch.parameterCount()) {
            throw InputException.of(where, "parameters", arch.parameterCount() + " values for " + arch,
                params.length);
        }
        Snn net = Snn.of(arch, precision, params, Runtime.getRuntime().availableProcessors());
        net.setRunningStatistics(f.doubles("bn_mean", where), f.doubles("bn_variance", where));
        double[] bias = new double[Element.MAX_Z + 1];
        Object biasObj = meta.get("bias_eV");
        if (biasObj instanceof Map<?, ?> bm) {
            for (Map.Entry<?, ?> e : bm.entrySet()) {
                bias[Element.number(String.valueOf(e.getKey()), where + ": bias_eV")] =
                    ((Number) e.getValue()).doubleValue();
            }
        }
        Object prov = meta.get("provenance");
        Map<String, Object> provenance = prov instanceof Map<?, ?> pm ? (Map<String, Object>) pm : Map.of();
        Object scaleObj = meta.get("energy_scale");
        if (!(scaleObj instanceof Number scale)) {
            throw InputException.of(where, "energy_scale", "a number", scaleObj);
        }
        return CemtModel.of(spec, f.doubles("feature_mean", where), f.doubles("feature_scale", where),
            scale.doubleValue(), bias, net, provenance);
    }
}
