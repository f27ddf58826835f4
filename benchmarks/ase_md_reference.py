"""Prints ASE 3.22.1 trajectories that runtime/src/test/java/org/cemt/md/AseTrajectoryTest.java reproduces.

Au6 octahedron (face centres of fcc Au, a = 4.08), initial velocities v_i = 0.002*(sin(i+1), cos(2i+1), sin(3i+2))
Å/fs minus their mean (no net momentum: ASE 3.22.1's Atoms.set_center_of_mass moves the centre the wrong way, so
its fixcm Langevin drifts a moving centre of mass; cemt holds it), 1 fs: 100 steps of VelocityVerlet, and 100 steps
of Langevin at 0 K (friction 0.02/fs, fixcm=True), where the propagator is deterministic. Run: /usr/bin/python3 benchmarks/ase_md_reference.py
"""
from math import sin, cos

import numpy as np

from ase import Atoms, units
from ase.calculators.emt import EMT
from ase.md.langevin import Langevin
from ase.md.verlet import VelocityVerlet


def start():
    a, h = 4.08, 2.04
    atoms = Atoms('Au6', positions=[(h, h, 0), (h, 0, h), (0, h, h), (h, h, a), (h, a, h), (a, h, h)])
    v = np.array([[0.002 * sin(i + 1), 0.002 * cos(2 * i + 1), 0.002 * sin(3 * i + 2)] for i in range(6)])
    atoms.set_velocities((v - v.mean(axis=0)) / units.fs)
    atoms.calc = EMT()
    return atoms


for name in ('verlet', 'langevin'):
    atoms = start()
    if name == 'verlet':
        dyn = VelocityVerlet(atoms, timestep=1.0 * units.fs)
    else:
        dyn = Langevin(atoms, 1.0 * units.fs, temperature_K=0.0, friction=0.02 / units.fs, fixcm=True)
    dyn.run(100)
    print(name, 'energy', repr(atoms.get_potential_energy()))
    print(name, 'positions', ', '.join(repr(x) for x in atoms.positions.flatten()))
    print(name, 'velocities', ', '.join(repr(x * units.fs) for x in atoms.get_velocities().flatten()))
