package org.cemt.neighbor;

import org.cemt.structure.Structure;

/**
 * Atoms within a radius of arbitrary points (reference points, probe centres), periodic images included: the
 * query the featurizer needs. Built once per structure and radius in O(N); each query costs O(atoms within reach).
 * Thread-safe for concurrent queries.
 */
public final class PointNeighbors {
    private final PeriodicImages images;

    public PointNeighbors(Structure s, double radius) {
        this.images = new PeriodicImages(s, radius);
    }

    public double radius() {
        return images.radius;
    }

    /**
     * Every atom image with |R_atom + L − x|² < radius², in no particular order: {@code d} = R_atom + L − x (Å).
     * The same atom appears once per image within reach (a small cell gives several).
     */
    public void forEach(double x, double y, double z, Hit hit) {
        images.query(x, y, z, (atom, dx, dy, dz, d2, s0, s1, s2) -> hit.accept(atom, dx, dy, dz, d2));
    }

    /** Like {@link #forEach} with the image's integer lattice shift (L = s0·a₁ + s1·a₂ + s2·a₃). */
    public void forEachWithShift(double x, double y, double z, ShiftHit hit) {
        images.query(x, y, z, hit::accept);
    }

    /** Collects the hits of one point into {@code out} (cleared first) and returns it. */
    public Hits collect(double x, double y, double z, Hits out) {
        out.clear();
        images.query(x, y, z, (atom, dx, dy, dz, d2, s0, s1, s2) -> out.add(atom, dx, dy, dz, d2));
        return out;
    }

    /** One atom image near a point: atom index, displacement image − point (Å), its square. */
    @FunctionalInterface
    public interface Hit {
        void accept(int atom, double dx, double dy, double dz, double d2);
    }

    /** A hit with the image's lattice shift. */
    @FunctionalInterface
    public interface ShiftHit {
        void accept(int atom, double dx, double dy, double dz, double d2, int s0, int s1, int s2);
    }
}
