package org.cemt.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cemt.model.CemtModel;
import org.cemt.model.ModelSpec;
import org.cemt.model.Precision;
import org.cemt.model.Snn;

/** Untrained but fixed-seed models: enough to test that forces, stress and energy belong together. */
public final class TestModels {
    private TestModels() {
    }

    /**
     * The model of a spec text with a Xavier-initialised network of the given seed, features standardised by
     * (λ − 0)/featureScale, output times energyScale (eV), and biases H −13.6, C −1030, O −2040 eV.
     */
    public static CemtModel of(String specText, long seed, double featureScale, double energyScale) {
        ModelSpec spec = ModelSpec.parse(specText);
        Snn net = Snn.create(spec.architecture(), Precision.FLOAT64, seed, 1);
        int f = spec.features();
        double[] scale = new double[f];
        Arrays.fill(scale, featureScale);
        double[] bias = new double[95];
        bias[1] = -13.6;
        bias[6] = -1030.0;
        bias[8] = -2040.0;
        return CemtModel.of(spec, new double[f], scale, energyScale, bias, net,
            Map.of("elements", List.of("H", "C", "N", "O", "Cu", "Au")));
    }
}
