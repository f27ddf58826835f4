package org.cemt.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cemt.core.InputException;
import org.cemt.gmp.GmpSpec;
import org.cemt.refpoint.RefPointSpec;

/**
 * What a CEMT model is, before training: which reference points (CEMT paper S1.1), which GMP features, which shared
 * network. Validated by the specs it holds; immutable. {@link #toString()} prints the one-line text form of the
 * design card and {@link #parse} reads it back ({@code parse(print(spec))} equals spec):
 * <pre>
 * model &lt; refPoints = grid(0.3, 3.0) ; gmp(orders = [-1, 0, 1, 2, 3], sigmas = [0.1, 0.2, 0.3, 0.4, 0.5]) ;
 *         snn(128, 64, activation = gelu, batchNorm = true) &gt;
 * </pre>
 * Reference points: {@code atoms}, {@code heavyAtoms}, {@code bondCentres(CUTOFF[, smooth = W])},
 * {@code grid(SPACING[, CUT][, smooth = W])}, {@code gridAug(…)},
 * {@code points(xyz = [[x, y, z], …], weights = […], atoms = […])} (custom points inline; {@link CustomPointsText}),
 * {@code file("points.txt")} (read once, printed back inline), {@code weighted(SET, FACTOR)} and {@code +} for
 * unions (Å throughout). GMP: {@code orders}, {@code sigmas} (Å),
 * {@code probes = solid|mcsh}, {@code density = "NC-SR"|"QE-kjpaw"|"file.gpsp"}, {@code square = true|false}.
 * Network: hidden widths, {@code activation = gelu|tanh|silu|softplus}, {@code batchNorm = true|false}. Omitted
 * statements take the defaults of {@link Builder}.
 */
public final class ModelSpec {
    private final RefPointSpec refPoints;
    private final GmpSpec gmp;
    private final int[] hidden;
    private final Activation activation;
    private final boolean batchNorm;

    private ModelSpec(RefPointSpec refPoints, GmpSpec gmp, int[] hidden, Activation activation, boolean batchNorm) {
        this.refPoints = refPoints;
        this.gmp = gmp;
        this.hidden = hidden;
        this.activation = activation;
        this.batchNorm = batchNorm;
    }

    public static Builder builder() {
        return new Builder();
    }

    public RefPointSpec refPoints() {
        return refPoints;
    }

    public GmpSpec gmp() {
        return gmp;
    }

    /** Hidden-layer widths, a copy. */
    public int[] hidden() {
        return hidden.clone();
    }

    public Activation activation() {
        return activation;
    }

    public boolean batchNorm() {
        return batchNorm;
    }

    /** Number of features per point (the network's input width). */
    public int features() {
        return org.cemt.gmp.Featurizer.of(gmp).layout().size();
    }

    /** The network's architecture for these features. */
    public SnnArchitecture architecture() {
        return SnnArchitecture.of(features(), hidden, activation, batchNorm);
    }

    /** Parses the one-line text form; errors name the column. */
    public static ModelSpec parse(String text) {
        return ModelSpecText.read(SpecText.parse(text));
    }

    /** The one-line text form (every setting written out, so the line alone reproduces the model). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("model < refPoints = ");
        ModelSpecText.printRefPoints(refPoints, b);
        b.append(" ; gmp(orders = ").append(Arrays.toString(gmp.orders())).append(", sigmas = ")
            .append(Arrays.toString(gmp.sigmas())).append(", probes = ")
            .append(gmp.probes().name().toLowerCase(Locale.ROOT)).append(", density = \"")
            .append(gmp.density().name()).append("\", square = ").append(gmp.square()).append(") ; snn(");
        for (int w : hidden) {
            b.append(w).append(", ");
        }
        b.append("activation = ").append(activation.label()).append(", batchNorm = ").append(batchNorm).append(") >");
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec m && m.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /**
     * Collects a model spec. Defaults: atom-centred points; GMP orders −1..3 × σ 0.1..0.5 Å (the CEMT grid model's
     * 21 features) with NC-SR densities; network (128, 64), GELU, batch normalisation (CEMT S1.1).
     */
    public static final class Builder {
        private RefPointSpec refPoints = RefPointSpec.atoms();
        private GmpSpec gmp;
        private int[] hidden = {128, 64};
        private Activation activation = Activation.GELU;
        private boolean batchNorm = true;

        private Builder() {
        }

        public RefPointSpec refPoints() {
            return refPoints;
        }

        public Builder refPoints(RefPointSpec r) {
            if (r == null) {
                throw InputException.of("model spec", "refPoints", "a reference-point set", "null");
            }
            this.refPoints = r;
            return this;
        }

        public Builder gmp(GmpSpec g) {
            this.gmp = g;
            return this;
        }

        /** GMP features with the given σ (Å) and orders, other settings default. */
        public Builder gmp(List<Double> sigmas, List<Integer> orders) {
            this.gmp = GmpSpec.builder().sigmas(sigmas).orders(orders).build();
            return this;
        }

        /** Hidden widths (each ≥ 1), at least one layer. */
        public Builder snn(int... widths) {
            if (widths.length == 0) {
                throw InputException.of("model spec", "snn", "at least one hidden layer", "none");
            }
            for (int w : widths) {
                if (w < 1) {
                    throw InputException.of("model spec", "snn", "hidden widths ≥ 1", w);
                }
            }
            this.hidden = widths.clone();
            return this;
        }

        public Builder activation(Activation a) {
            this.activation = a;
            return this;
        }

        public Builder batchNorm(boolean on) {
            this.batchNorm = on;
            return this;
        }

        public ModelSpec build() {
            GmpSpec g = gmp != null ? gmp : GmpSpec.builder().orders(-1, 0, 1, 2, 3)
                .sigmas(0.1, 0.2, 0.3, 0.4, 0.5).build();
            return new ModelSpec(refPoints, g, hidden.clone(), activation, batchNorm);
        }
    }

    static List<Double> doubles(List<SpecText.Expr> items, String field) {
        List<Double> out = new ArrayList<>();
        for (SpecText.Expr e : items) {
            if (!(e instanceof SpecText.Num n)) {
                throw SpecText.column(e.column(), field + ": expected a number");
            }
            out.add(n.value());
        }
        return out;
    }
}
