package org.cemt.refpoint;

import org.cemt.neighbor.NeighborList;
import org.cemt.structure.Structure;

/**
 * Bond centres (CEMT paper S1.1, Model 4): the midpoint X = ½(R_i + R_j + L) of every atom pair, periodic images
 * included, closer than the pair's cutoff; each bond once. Weight 1, or with a switching width w &gt; 0 the smooth
 * weight s(r) of {@link Switch} (1 below cut − w, 0 at the cutoff), so a stretching bond fades out continuously.
 */
final class BondCenters {
    private BondCenters() {
    }

    /**
     * @param cutoff cutoff of element pair (Zi, Zj), Å, symmetric, indexed [Zi][Zj]; max its largest entry
     */
    static ReferencePointSet build(Structure s, double[][] cutoff, double maxCutoff, double width) {
        PointSetBuilder b = new PointSetBuilder(s.size());
        if (s.size() == 0) {
            return b.build();
        }
        NeighborList nl = NeighborList.build(s, maxCutoff);
        for (int i = 0; i < s.size(); i++) {
            for (int e = nl.start(i); e < nl.start(i + 1); e++) {
                int j = nl.neighbor(e);
                if (j < i || (j == i && !positive(nl, e))) {
                    continue; // the same bond seen from its other end
                }
                double r = nl.distance(e);
                double cut = cutoff[s.number(i)][s.number(j)];
                if (!(r < cut)) {
                    continue;
                }
                double vx = nl.vector(e, 0), vy = nl.vector(e, 1), vz = nl.vector(e, 2);
                double w = Switch.value(r, cut, width);
                b.begin(s.position(i, 0) + vx / 2, s.position(i, 1) + vy / 2, s.position(i, 2) + vz / 2, w,
                    false);
                b.parent(i, 0.5);
                b.parent(j, 0.5);
                double ds = Switch.derivative(r, cut, width);
                if (ds != 0) {
                    double gx = ds * vx / r, gy = ds * vy / r, gz = ds * vz / r;
                    b.weightGradient(j, gx, gy, gz, vx / 2, vy / 2, vz / 2);
                    b.weightGradient(i, -gx, -gy, -gz, -vx / 2, -vy / 2, -vz / 2);
                }
            }
        }
        return b.build();
    }

    /** For a bond of an atom with its own image: keep the shift that is lexicographically positive. */
    private static boolean positive(NeighborList nl, int e) {
        for (int a = 0; a < 3; a++) {
            int t = nl.shift(e, a);
            if (t != 0) {
                return t > 0;
            }
        }
        return false;
    }
}
