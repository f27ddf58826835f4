package org.cemt.gmp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.cemt.core.InputException;
import org.cemt.density.DensitySet;

/**
 * What to compute: GMP orders (−1 = local density, 0..9), probe widths σ (Å), the probe family, the element
 * densities, whether features are squared, the overlap threshold that sets the cutoffs (SPEC.md §6) and the
 * order-9 variant (§3.4). Built and validated by {@link Builder}; immutable. Orders and σ are kept sorted and
 * without duplicates.
 */
public final class GmpSpec {
    /** Probe family (issue 4): one rotation-invariant feature per (order, σ), or the MCSH groups of the paper. */
    public enum Probes {
        SOLID, MCSH;

        /** {@code solid} or {@code mcsh}, any case. */
        public static Probes of(String name) {
            for (Probes p : values()) {
                if (p.name().equalsIgnoreCase(name)) {
                    return p;
                }
            }
            throw InputException.of("gmp spec", "probes", "solid or mcsh", "'" + name + "'");
        }
    }

    /**
     * Order-9 polynomials: {@code EXACT} is the feature (harmonic, rotation-invariant; default); {@code
     * PEER_NODERIV} reproduces the reference featurizer's value-only path, which differs at order 9 only (SPEC.md
     * §3.4). Derivatives are always those of the chosen polynomials.
     */
    public enum Variant { EXACT, PEER_NODERIV }

    /** The reference featurizer's overlap threshold θ; reproduces its values (SPEC.md §6). */
    public static final double DEFAULT_OVERLAP_THRESHOLD = 1e-16;

    private final int[] orders;
    private final double[] sigmas;
    private final Probes probes;
    private final DensitySet density;
    private final boolean square;
    private final double overlapThreshold;
    private final Variant variant;

    private GmpSpec(Builder b, int[] orders, double[] sigmas) {
        this.orders = orders;
        this.sigmas = sigmas;
        this.probes = b.probes;
        this.density = b.density;
        this.square = b.square;
        this.overlapThreshold = b.overlapThreshold;
        this.variant = b.variant;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Orders, ascending, a copy. */
    public int[] orders() {
        return orders.clone();
    }

    /** σ values, Å, ascending, a copy. */
    public double[] sigmas() {
        return sigmas.clone();
    }

    public Probes probes() {
        return probes;
    }

    public DensitySet density() {
        return density;
    }

    public boolean square() {
        return square;
    }

    public double overlapThreshold() {
        return overlapThreshold;
    }

    public Variant variant() {
        return variant;
    }

    @Override
    public String toString() {
        return "GmpSpec(orders " + Arrays.toString(orders) + ", sigmas " + Arrays.toString(sigmas) + ", " + probes
            + ", " + density.name() + (square ? ", square" : "") + ", θ " + overlapThreshold + ", " + variant + ")";
    }

    /** Collects a spec; {@link #build()} checks it. Defaults: SOLID, NC-SR, not squared, θ = 1e-16, EXACT. */
    public static final class Builder {
        private final List<Integer> orders = new ArrayList<>();
        private final List<Double> sigmas = new ArrayList<>();
        private Probes probes = Probes.SOLID;
        private DensitySet density;
        private boolean square;
        private double overlapThreshold = DEFAULT_OVERLAP_THRESHOLD;
        private Variant variant = Variant.EXACT;

        private Builder() {
        }

        /** Orders −1..9 (replacing any set before). */
        public Builder orders(int... values) {
            orders.clear();
            for (int v : values) {
                orders.add(v);
            }
            return this;
        }

        public Builder orders(List<Integer> values) {
            orders.clear();
            orders.addAll(values);
            return this;
        }

        /** Probe widths σ > 0, Å (replacing any set before). */
        public Builder sigmas(double... values) {
            sigmas.clear();
            for (double v : values) {
                sigmas.add(v);
            }
            return this;
        }

        public Builder sigmas(List<Double> values) {
            sigmas.clear();
            sigmas.addAll(values);
            return this;
        }

        public Builder probes(Probes p) {
            this.probes = p;
            return this;
        }

        public Builder density(DensitySet d) {
            this.density = d;
            return this;
        }

        /** {@code NC-SR}, {@code QE-kjpaw} or the path of a .gpsp file. */
        public Builder density(String setOrFile) {
            this.density = DensitySet.named(setOrFile);
            return this;
        }

        public Builder square(boolean s) {
            this.square = s;
            return this;
        }

        /** θ in (0, 1): entries whose overlap weight is below θ·f_n are dropped (SPEC.md §6). */
        public Builder overlapThreshold(double theta) {
            this.overlapThreshold = theta;
            return this;
        }

        public Builder variant(Variant v) {
            this.variant = v;
            return this;
        }

        public GmpSpec build() {
            if (orders.isEmpty()) {
                throw InputException.of("gmp spec", "orders", "at least one order in -1..9", "none");
            }
            TreeSet<Integer> os = new TreeSet<>();
            for (Integer o : orders) {
                if (o == null || o < -1 || o > Angular.MAX_ORDER) {
                    throw InputException.of("gmp spec", "orders", "orders in -1..9", o);
                }
                os.add(o);
            }
            boolean needSigma = os.last() >= 0;
            if (needSigma && sigmas.isEmpty()) {
                throw InputException.of("gmp spec", "sigmas", "at least one sigma > 0 (Å)", "none");
            }
            TreeSet<Double> ss = new TreeSet<>();
            for (Double s : sigmas) {
                if (s == null || !(s > 0) || !Double.isFinite(s)) {
                    throw InputException.of("gmp spec", "sigmas", "finite sigmas > 0 (Å)", s);
                }
                ss.add(s);
            }
            if (!(overlapThreshold > 0 && overlapThreshold < 1)) {
                throw InputException.of("gmp spec", "overlap threshold", "a number in (0, 1)", overlapThreshold);
            }
            if (probes == null || variant == null) {
                throw InputException.of("gmp spec", "probes/variant", "a value", "null");
            }
            if (density == null) {
                density = DensitySet.standard(DensitySet.NC_SR);
            }
            int[] o = os.stream().mapToInt(Integer::intValue).toArray();
            double[] s = needSigma ? ss.stream().mapToDouble(Double::doubleValue).toArray() : new double[0];
            return new GmpSpec(this, o, s);
        }
    }
}
