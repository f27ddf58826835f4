#!/usr/bin/env python3
"""Writes oracle-extra.json: GMP values, MCSH group values and derivatives (w.r.t. atoms, points fixed, and
w.r.t. the points) at off-atom points, from shared/reference/gmp/gmp_oracle.py (an independent implementation
of SPEC.md, run, not ported). Run from the repository root: python3 runtime/src/test/resources/org/cemt/gmp/make_oracle_extra.py
"""
import json, os, sys
import numpy as np
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "../../../../../../../../shared/reference/gmp"))
import gmp_oracle as go

rng = np.random.default_rng(4)
cases = []
def case(name, symbols, positions, cell, pbc, points, orders, sigmas, psp, square=False):
    st = {"symbols": symbols, "positions": positions, "cell": cell, "pbc": pbc, "reference_points": points}
    settings = {"orders": orders, "sigmas": sigmas, "square": square}
    table = go.read_gpsp(os.path.join(go.REF_DIR, psp + ".gpsp"))
    X, dX = go.compute_features(st, settings, table, variant="exact", derivatives=True)
    _, _, groups = go.compute_features(st, settings, table, variant="exact", derivatives=False, return_groups=True)
    feats = go.feature_list(settings)
    glist = []
    for n in sorted(set(o for o in orders if o >= 0)):
        for s in sorted(sigmas):
            for rep in go.groups_of_order(n):
                glist.append([n, s, list(rep), groups[(n, s, rep)].tolist()])
    dpoints = -dX.sum(axis=2)  # SPEC eq. 8.5
    cases.append({"name": name, "psp": psp, "orders": orders, "sigmas": sigmas, "square": square,
                  "symbols": symbols, "positions": positions, "cell": cell, "pbc": pbc, "points": points,
                  "feature_list": [list(f) for f in feats], "features": X.tolist(),
                  "derivatives_atoms": dX.tolist(), "derivatives_points": dpoints.tolist(), "groups": glist})

water = [[0.0, 0.0, 0.119], [0.0, 0.763, -0.477], [0.0, -0.763, -0.477]]
pts = (rng.uniform(-1.5, 1.5, size=(4, 3))).round(6).tolist()
case("water@random-points", ["O", "H", "H"], water, [[0, 0, 0]] * 3, [False] * 3, pts, [-1, 0, 1, 2, 3, 4],
     [0.3, 0.8], "NC-SR")
cell = [[3.2, 0.0, 0.0], [1.1, 3.0, 0.0], [0.6, 0.9, 3.4]]
frac = np.array([[0.1, 0.2, 0.15], [0.55, 0.45, 0.6]])
pos = (frac @ np.array(cell)).round(6).tolist()
pfrac = rng.uniform(0.05, 0.95, size=(3, 3))
ppts = (pfrac @ np.array(cell)).round(6).tolist()
case("CuO-triclinic@points", ["Cu", "O"], pos, cell, [True] * 3, ppts, [-1, 0, 1, 2, 3], [0.5], "QE-kjpaw")
with open(os.path.join(here, "oracle-extra.json"), "w") as f:
    json.dump({"cases": cases}, f)
