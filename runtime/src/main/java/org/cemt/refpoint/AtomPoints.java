package org.cemt.refpoint;

import org.cemt.structure.Structure;

/** Points at the atoms (CEMT paper S1.1, Models 2 and 3): X_i = R_atom, weight 1, parent (atom, 1). */
final class AtomPoints {
    private AtomPoints() {
    }

    /** Every atom whose atomic number is not excluded (excluded indexed by Z; null excludes nothing). */
    static ReferencePointSet build(Structure s, boolean[] excluded) {
        PointSetBuilder b = new PointSetBuilder(s.size());
        for (int j = 0; j < s.size(); j++) {
            if (excluded != null && excluded[s.number(j)]) {
                continue;
            }
            b.begin(s.position(j, 0), s.position(j, 1), s.position(j, 2), 1.0, false);
            b.parent(j, 1.0);
        }
        return b.build();
    }
}
