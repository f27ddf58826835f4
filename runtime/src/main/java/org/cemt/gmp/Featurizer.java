package org.cemt.gmp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cemt.core.InputException;
import org.cemt.neighbor.PointNeighbors;
import org.cemt.structure.Structure;

/**
 * Computes GMP features (GMP paper Eqs. 1-3; SPEC.md) of a {@link GmpSpec} at any points of molecules and
 * periodic cells of any shape, values and derivative products from one call. Spec-level tables (monomials,
 * coefficients C_abc) are built once here; per-structure constants once per {@link #compute}. Immutable and
 * thread-safe; {@code threads} sets the parallelism over points (one structure) or frames (a batch).
 */
public final class Featurizer {
    /** Atoms closer than this (Å) are refused as lying on top of each other. */
    public static final double MIN_DISTANCE = 1e-3;

    private final GmpSpec spec;
    private final ProbeTables tables;
    private final int threads;

    private Featurizer(GmpSpec spec, ProbeTables tables, int threads) {
        this.spec = spec;
        this.tables = tables;
        this.threads = threads;
    }

    /** A single-threaded featurizer. */
    public static Featurizer of(GmpSpec spec) {
        return new Featurizer(spec, new ProbeTables(spec), 1);
    }

    /** The same featurizer on {@code n ≥ 1} threads. */
    public Featurizer withThreads(int n) {
        if (n < 1) {
            throw InputException.of("featurizer", "threads", "at least 1", n);
        }
        return new Featurizer(spec, tables, n);
    }

    public GmpSpec spec() {
        return spec;
    }

    public int threads() {
        return threads;
    }

    /** (order, σ[, group]) of each feature column. */
    public FeatureLayout layout() {
        return tables.layout;
    }

    /**
     * Features of {@code s} at points (Å, flat [3*point + axis], not modified; at least one, all finite). Atoms of
     * periodic directions may lie anywhere: every image within the cutoff counts (SPEC.md §7).
     */
    public GmpFeatures compute(Structure s, double[] points) {
        checkPoints(points);
        checkAtoms(s);
        return new GmpFeatures(new Kernel(tables, s, spec.density()), points.clone(), threads);
    }

    /** Features at the atoms themselves (bit-identical positions). */
    public GmpFeatures computeAtAtoms(Structure s) {
        return compute(s, s.positions());
    }

    /** Features of many frames at their atoms, frames in parallel (each frame on one thread), results in order. */
    public List<GmpFeatures> computeAtAtoms(List<Structure> frames) {
        List<double[]> pts = new ArrayList<>();
        for (Structure s : frames) {
            pts.add(s.positions());
        }
        return compute(frames, pts);
    }

    /** Features of many frames at their own points, frames in parallel; the result list is in frame order. */
    public List<GmpFeatures> compute(List<Structure> frames, List<double[]> points) {
        if (frames.size() != points.size()) {
            throw InputException.of("featurizer", "points", "one point set per frame (" + frames.size() + ")",
                points.size());
        }
        GmpFeatures[] out = new GmpFeatures[frames.size()];
        Featurizer single = threads == 1 ? this : new Featurizer(spec, tables, 1);
        Parallel.run(out.length, threads, i -> out[i] = single.compute(frames.get(i), points.get(i)));
        return Arrays.asList(out);
    }

    private static void checkPoints(double[] points) {
        if (points.length == 0) {
            throw InputException.of("featurizer", "points", "at least one point", "none");
        }
        if (points.length % 3 != 0) {
            throw InputException.of("featurizer", "points", "3 coordinates per point", points.length + " numbers");
        }
        for (int q = 0; q < points.length; q++) {
            if (!Double.isFinite(points[q])) {
                throw InputException.of("featurizer", "point " + q / 3, "finite coordinates (Å)", points[q]);
            }
        }
    }

    /** Two atoms (or an atom and another's image) at one place make no density model (issue 4, bad input). */
    private static void checkAtoms(Structure s) {
        if (s.size() == 0) {
            throw InputException.of("featurizer", "structure", "at least one atom", "none");
        }
        PointNeighbors near = new PointNeighbors(s, MIN_DISTANCE);
        for (int i = 0; i < s.size(); i++) {
            final int self = i;
            near.forEachWithShift(s.position(i, 0), s.position(i, 1), s.position(i, 2),
                (atom, dx, dy, dz, d2, s0, s1, s2) -> {
                    if (atom != self || s0 != 0 || s1 != 0 || s2 != 0) {
                        throw InputException.of("featurizer", "atoms " + self + " and " + atom,
                            "positions at least " + MIN_DISTANCE + " Å apart", Math.sqrt(d2) + " Å");
                    }
                });
        }
    }
}
