package org.cemt.train;

import java.util.List;
import org.cemt.core.Element;
import org.cemt.model.PerElementBias;

/**
 * What is fitted from the training split before the network (CEMT model f(λ) = s_E·net((λ − m)/s)): the
 * per-element bias by least squares on element counts (GMP paper §2.3.1), feature means m and standard deviations s
 * over all training points (a constant feature gets s = 1), and the energy scale s_E = RMS over training structures
 * of the residual energy per unit total weight, (E − Σ bias)/Σ_i w_i, so the network's outputs are O(1).
 * Immutable.
 */
public final class Scaling {
    final double[] mean;
    final double[] scale;
    final double energyScale;
    final double[] biasByZ;
    final PerElementBias bias;

    private Scaling(double[] mean, double[] scale, double energyScale, double[] biasByZ, PerElementBias bias) {
        this.mean = mean;
        this.scale = scale;
        this.energyScale = energyScale;
        this.biasByZ = biasByZ;
        this.bias = bias;
    }

    /** Fits from the training samples (all points) and the structures' evaluation samples (energies, weights). */
    public static Scaling fit(List<Sample> trainingSamples, List<Sample> trainingStructures) {
        int f = trainingSamples.get(0).features;
        double[] sum = new double[f];
        long count = 0;
        for (Sample s : trainingSamples) {
            for (int i = 0; i < s.points(); i++) {
                for (int k = 0; k < f; k++) {
                    sum[k] += s.values[i * f + k];
                }
            }
            count += s.points();
        }
        double[] mean = new double[f];
        for (int k = 0; k < f; k++) {
            mean[k] = sum[k] / count;
        }
        double[] sq = new double[f];
        for (Sample s : trainingSamples) {
            for (int i = 0; i < s.points(); i++) {
                for (int k = 0; k < f; k++) {
                    double d = s.values[i * f + k] - mean[k];
                    sq[k] += d * d;
                }
            }
        }
        double[] scale = new double[f];
        for (int k = 0; k < f; k++) {
            double sd = Math.sqrt(sq[k] / count);
            scale[k] = sd > 1e-12 * Math.max(1, Math.abs(mean[k])) ? sd : 1;
        }
        int[][] numbers = new int[trainingStructures.size()][];
        double[] energies = new double[numbers.length];
        for (int s = 0; s < numbers.length; s++) {
            numbers[s] = trainingStructures.get(s).numbers;
            energies[s] = trainingStructures.get(s).energy;
        }
        PerElementBias bias = PerElementBias.fit(numbers, energies);
        double[] byZ = new double[Element.MAX_Z + 1];
        for (int z : bias.elements()) {
            byZ[z] = bias.bias(z);
        }
        double ss = 0;
        for (int s = 0; s < numbers.length; s++) {
            Sample x = trainingStructures.get(s);
            double r = (energies[s] - bias.energy(numbers[s])) / x.points.totalWeight();
            ss += r * r;
        }
        double rms = Math.sqrt(ss / numbers.length);
        double energyScale = rms > 1e-12 ? rms : 1;
        return new Scaling(mean, scale, energyScale, byZ, bias);
    }

    /** Rebuilds a scaling read from a checkpoint. */
    static Scaling of(double[] mean, double[] scale, double energyScale, double[] biasByZ) {
        return new Scaling(mean.clone(), scale.clone(), energyScale, biasByZ.clone(), null);
    }

    /** Σ over atoms of the bias, eV. */
    double bias(int[] numbers) {
        double s = 0;
        for (int z : numbers) {
            s += biasByZ[z];
        }
        return s;
    }

    public double[] featureMean() {
        return mean.clone();
    }

    public double[] featureScale() {
        return scale.clone();
    }

    /** s_E, eV per unit weight. */
    public double energyScale() {
        return energyScale;
    }

    /** eV per atom by Z, a copy. */
    public double[] biasByZ() {
        return biasByZ.clone();
    }
}
