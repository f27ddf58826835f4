package org.cemt.refpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * Which reference points a model uses (CEMT paper S1.1), validated here so that Java, DSL and CLI share defaults
 * and errors: atoms, heavy atoms, bond centres, the grid (optionally augmented, S1.3.1), custom points, and
 * weighted unions of these. Immutable; {@code with…} returns a changed copy. {@link #build} makes the points of
 * one structure.
 *
 * <p>Text syntax ({@link #parse}): {@code +}-joined parts, each {@code [FACTOR*]NAME[:ARG…]}: {@code atoms},
 * {@code heavy}, {@code bonds[:CUTOFF]}, {@code grid[:SPACING[:CUT]]}, {@code grid-aug[:SPACING[:CUT]]},
 * {@code file:PATH}; a last argument {@code smooth=WIDTH} (Å) turns on the smooth switch of bonds and grids.
 * Example: {@code atoms+0.5*bonds:1.8:smooth=0.3}. Custom points have no text of their own here: {@link #toString}
 * describes them ({@code custom(M points from ORIGIN)}), and a model's text form ({@code org.cemt.model.ModelSpec})
 * holds every coordinate.
 */
public final class RefPointSpec {
    /** Defaults of the paper (S1.1): bonds below 2.0 Å, grid spacing 0.3 Å, vacuum cut 3.0 Å. */
    public static final double BOND_CUTOFF = 2.0, GRID_SPACING = 0.3, GRID_CUT = 3.0;

    /** The kinds of part. */
    public enum Kind { ATOMS, HEAVY, BONDS, GRID, GRID_AUG, CUSTOM, UNION }

    private final Kind kind;
    private final double factor;
    private final double length; // bond cutoff or grid spacing, Å
    private final double cut; // grid vacuum cut, Å
    private final double width; // smooth switching width, Å; 0 = hard
    private final boolean[] excluded; // by Z: light elements of HEAVY
    private final double[] pairCutoffs; // BONDS: triples (Zi, Zj, cutoff)
    private final CustomPoints custom;
    private final List<RefPointSpec> parts;

    private RefPointSpec(Kind kind, double factor, double length, double cut, double width, boolean[] excluded,
                         double[] pairCutoffs, CustomPoints custom, List<RefPointSpec> parts) {
        this.kind = kind;
        this.factor = factor;
        this.length = length;
        this.cut = cut;
        this.width = width;
        this.excluded = excluded;
        this.pairCutoffs = pairCutoffs;
        this.custom = custom;
        this.parts = parts;
    }

    private static RefPointSpec simple(Kind k, double length, double cut) {
        return new RefPointSpec(k, 1, length, cut, 0, null, new double[0], null, List.of());
    }

    private RefPointSpec copy(double f, double len, double c, double w, boolean[] ex, double[] pairs) {
        return new RefPointSpec(kind, f, len, c, w, ex, pairs, custom, parts);
    }

    /** Every atom, weight 1 (Model 2). */
    public static RefPointSpec atoms() {
        return simple(Kind.ATOMS, 0, 0);
    }

    /** Every atom but hydrogen, weight 1 (Model 3); {@link #withLightElements} changes the excluded list. */
    public static RefPointSpec heavy() {
        boolean[] ex = new boolean[Element.MAX_Z + 1];
        ex[1] = true;
        return new RefPointSpec(Kind.HEAVY, 1, 0, 0, 0, ex, new double[0], null, List.of());
    }

    /** Bond centres of pairs closer than 2.0 Å, weight 1 (Model 4). */
    public static RefPointSpec bonds() {
        return simple(Kind.BONDS, BOND_CUTOFF, 0);
    }

    /** Bond centres of pairs closer than {@code cutoff} Å. */
    public static RefPointSpec bonds(double cutoff) {
        return bonds().withCutoff(cutoff);
    }

    /** The grid of spacing 0.3 Å, vacuum cut 3.0 Å (Model 1). */
    public static RefPointSpec grid() {
        return grid(GRID_SPACING, GRID_CUT);
    }

    /** The grid of the given spacing and vacuum cut, Å. */
    public static RefPointSpec grid(double spacing, double cut) {
        return simple(Kind.GRID, GRID_SPACING, GRID_CUT).withSpacing(spacing).withCut(cut);
    }

    /** The 8 grids shifted by 0 or h/2 along each step (S1.3.1): samples in {@link #samples}, averaged in build. */
    public static RefPointSpec gridAugmented(double spacing, double cut) {
        return simple(Kind.GRID_AUG, GRID_SPACING, GRID_CUT).withSpacing(spacing).withCut(cut);
    }

    /** User-given points. */
    public static RefPointSpec custom(CustomPoints points) {
        return new RefPointSpec(Kind.CUSTOM, 1, 0, 0, 0, null, new double[0], points, List.of());
    }

    /**
     * The points of all parts together, each with its own weight factor. An unweighted union among the parts is
     * spliced in, so {@code union(union(a, b), c)} equals {@code union(a, b, c)} (both print as {@code a+b+c}).
     */
    public static RefPointSpec union(RefPointSpec... parts) {
        if (parts.length == 0) {
            throw InputException.of("reference points", "union", "at least one part", "none");
        }
        List<RefPointSpec> flat = new ArrayList<>();
        for (RefPointSpec p : parts) {
            if (p.kind == Kind.UNION && p.factor == 1) {
                flat.addAll(p.parts);
            } else {
                flat.add(p);
            }
        }
        return new RefPointSpec(Kind.UNION, 1, 0, 0, 0, null, new double[0], null, List.copyOf(flat));
    }

    public Kind kind() {
        return kind;
    }

    /** Weight factor of this part. */
    public double factor() {
        return factor;
    }

    /** The points of a custom part (null for other kinds). */
    public CustomPoints customPoints() {
        return custom;
    }

    /** Parts of a union (empty otherwise). */
    public List<RefPointSpec> parts() {
        return parts;
    }

    /** Bond cutoff (bonds) or grid spacing (grids), Å. */
    public double length() {
        return length;
    }

    /** Grid vacuum cut, Å. */
    public double cut() {
        return cut;
    }

    /** Smooth switching width, Å (0: hard rule). */
    public double smoothWidth() {
        return width;
    }

    /** Every weight of this part times {@code f} (finite, &gt; 0). */
    public RefPointSpec weighted(double f) {
        if (!(f > 0) || !Double.isFinite(f)) {
            throw InputException.of("reference points " + this, "weight factor", "a finite number > 0", f);
        }
        return copy(f, length, cut, width, excluded, pairCutoffs);
    }

    /** Bond cutoff, Å, &gt; 0 and above the smooth width. */
    public RefPointSpec withCutoff(double cutoff) {
        require(Kind.BONDS, "cutoff");
        positive("cutoff", cutoff);
        return copy(factor, cutoff, cut, width, excluded, pairCutoffs).checkWidth();
    }

    /** Bond cutoff for one element pair (either order), Å. */
    public RefPointSpec withPairCutoff(String a, String b, double cutoff) {
        require(Kind.BONDS, "pair cutoff");
        positive("pair cutoff " + a + "-" + b, cutoff);
        int za = Element.number(a, "reference points " + this), zb = Element.number(b, "reference points " + this);
        double[] p = Arrays.copyOf(pairCutoffs, pairCutoffs.length + 3);
        p[p.length - 3] = za;
        p[p.length - 2] = zb;
        p[p.length - 1] = cutoff;
        return copy(factor, length, cut, width, excluded, p).checkWidth();
    }

    /** Grid spacing h, Å, &gt; 0. */
    public RefPointSpec withSpacing(double spacing) {
        requireGrid("spacing");
        positive("spacing", spacing);
        return copy(factor, spacing, cut, width, excluded, pairCutoffs);
    }

    /** Grid vacuum cut, Å: points this far from every atom are dropped. */
    public RefPointSpec withCut(double vacuumCut) {
        requireGrid("cut");
        positive("cut", vacuumCut);
        return copy(factor, length, vacuumCut, width, excluded, pairCutoffs).checkWidth();
    }

    /** Smooth switching over the last {@code w} Å before the bond cutoff or the vacuum cut (0: hard). */
    public RefPointSpec withSmoothing(double w) {
        if (kind != Kind.BONDS && kind != Kind.GRID && kind != Kind.GRID_AUG) {
            throw InputException.of("reference points " + this, "smooth", "a bonds or grid part", kind);
        }
        if (!(w >= 0) || !Double.isFinite(w)) {
            throw InputException.of("reference points " + this, "smooth", "a width ≥ 0 Å", w);
        }
        return copy(factor, length, cut, w, excluded, pairCutoffs).checkWidth();
    }

    /** Elements left out of the heavy-atom set (default H). */
    public RefPointSpec withLightElements(String... symbols) {
        require(Kind.HEAVY, "light elements");
        boolean[] ex = new boolean[Element.MAX_Z + 1];
        for (String s : symbols) {
            ex[Element.number(s, "reference points heavy")] = true;
        }
        return copy(factor, length, cut, width, ex, pairCutoffs);
    }

    /** The points of {@code s}; augmented grids averaged (each of the 8 shifted grids with factor 1/8). */
    public ReferencePointSet build(Structure s) {
        return build(s, -1);
    }

    /**
     * The points of {@code s} as training samples: 8 sets (shift k = 0..7, bit a of k shifting axis a by half a
     * step) if any part is an augmented grid, else one set.
     */
    public List<ReferencePointSet> samples(Structure s) {
        if (!augmented()) {
            return List.of(build(s, -1));
        }
        List<ReferencePointSet> out = new ArrayList<>(8);
        for (int k = 0; k < 8; k++) {
            out.add(build(s, k));
        }
        return out;
    }

    /** True if some part is an augmented grid. */
    public boolean augmented() {
        return kind == Kind.GRID_AUG || parts.stream().anyMatch(RefPointSpec::augmented);
    }

    private ReferencePointSet build(Structure s, int sample) {
        ReferencePointSet r = switch (kind) {
            case ATOMS -> AtomPoints.build(s, null);
            case HEAVY -> AtomPoints.build(s, excluded);
            case BONDS -> bondCenters(s);
            case GRID -> GridPoints.build(s, length, cut, width, new double[3]);
            case GRID_AUG -> sample >= 0 ? GridPoints.build(s, length, cut, width, shift(sample)) : averaged(s);
            case CUSTOM -> custom.build(s);
            case UNION -> {
                ReferencePointSet[] p = new ReferencePointSet[parts.size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = parts.get(i).build(s, sample);
                }
                yield ReferencePointSet.concat(p);
            }
        };
        return factor == 1 ? r : r.scaled(factor);
    }

    private ReferencePointSet averaged(Structure s) {
        ReferencePointSet[] p = new ReferencePointSet[8];
        for (int k = 0; k < 8; k++) {
            p[k] = GridPoints.build(s, length, cut, width, shift(k)).scaled(0.125);
        }
        return ReferencePointSet.concat(p);
    }

    private static double[] shift(int k) {
        return new double[] {(k & 1) * 0.5, ((k >> 1) & 1) * 0.5, ((k >> 2) & 1) * 0.5};
    }

    private ReferencePointSet bondCenters(Structure s) {
        int n = Element.MAX_Z + 1;
        double[][] c = new double[n][n];
        double max = length;
        for (double[] row : c) {
            Arrays.fill(row, length);
        }
        for (int i = 0; i < pairCutoffs.length; i += 3) {
            int a = (int) pairCutoffs[i], b = (int) pairCutoffs[i + 1];
            c[a][b] = c[b][a] = pairCutoffs[i + 2];
            max = Math.max(max, pairCutoffs[i + 2]);
        }
        return BondCenters.build(s, c, max, width);
    }

    /** Parses the text syntax of the class comment; errors name the part. */
    public static RefPointSpec parse(String text) {
        return RefPointSyntax.parse(text);
    }

    /** Parses with file paths resolved against {@code base}. */
    public static RefPointSpec parse(String text, Path base) {
        return RefPointSyntax.parse(text, base);
    }

    private RefPointSpec checkWidth() {
        double limit = kind == Kind.BONDS ? minCutoff() : cut;
        if (width >= limit) {
            throw InputException.of("reference points " + this, "smooth", "a width below " + limit + " Å", width);
        }
        return this;
    }

    private double minCutoff() {
        double m = length;
        for (int i = 2; i < pairCutoffs.length; i += 3) {
            m = Math.min(m, pairCutoffs[i]);
        }
        return m;
    }

    private void require(Kind k, String field) {
        if (kind != k) {
            throw InputException.of("reference points " + this, field, "a " + k.name().toLowerCase(Locale.ROOT)
                + " part", kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private void requireGrid(String field) {
        if (kind != Kind.GRID && kind != Kind.GRID_AUG) {
            throw InputException.of("reference points " + this, field, "a grid part",
                kind.name().toLowerCase(Locale.ROOT));
        }
    }

    private void positive(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw InputException.of("reference points " + this, field, "a finite length > 0 Å", v);
        }
    }

    /**
     * The text syntax of this spec (pair cutoffs and custom light elements are not part of it); custom points print
     * as a description, {@code custom(M points from ORIGIN)}, which {@link #parse} does not read.
     */
    @Override
    public String toString() {
        String f = factor == 1 ? "" : factor + "*";
        String sm = width > 0 ? ":smooth=" + width : "";
        return switch (kind) {
            case ATOMS -> f + "atoms";
            case HEAVY -> f + "heavy";
            case BONDS -> f + "bonds:" + length + sm;
            case GRID -> f + "grid:" + length + ":" + cut + sm;
            case GRID_AUG -> f + "grid-aug:" + length + ":" + cut + sm;
            case CUSTOM -> f + "custom(" + custom + ")";
            case UNION -> {
                StringBuilder b = new StringBuilder();
                for (RefPointSpec p : parts) {
                    b.append(b.length() == 0 ? "" : "+").append(p);
                }
                yield factor == 1 ? b.toString() : f + "(" + b + ")";
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RefPointSpec r && r.kind == kind && r.factor == factor && r.length == length
            && r.cut == cut && r.width == width && Arrays.equals(r.excluded, excluded)
            && Arrays.equals(r.pairCutoffs, pairCutoffs) && java.util.Objects.equals(r.custom, custom)
            && r.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        // not toString: it names the custom points' origin, which equals ignores
        return java.util.Objects.hash(kind, factor, length, cut, width, Arrays.hashCode(excluded),
            Arrays.hashCode(pairCutoffs), custom, parts);
    }
}
