"""Prints the extra ASE 3.22.1 EMT reference values of runtime/src/test/java/org/cemt/calc/EmtTest.java.

Run with Debian python3-ase: /usr/bin/python3 benchmarks/ase_emt_reference.py
"""
import numpy as np
from ase import Atoms
from ase.build import bulk
from ase.calculators.emt import EMT
np.set_printoptions(precision=15)
def show(name, a):
    a.calc = EMT()
    print(name, repr(a.get_potential_energy()))
    print(' forces', [repr(x) for x in a.get_forces().flatten()])
    if a.pbc.all(): print(' stress', [repr(x) for x in a.get_stress()])
show('cu1', bulk('Cu','fcc',a=3.61))
cell = np.array([[4.0,0.3,0.1],[0.2,4.2,-0.1],[0.1,0.4,3.9]])
frac = np.array([[0,0,0],[0.5,0.5,0],[0.5,0,0.5],[0,0.5,0.5]]) + np.array([[0.01,-0.02,0.03],[-0.015,0.02,0.0],[0.0,0.01,-0.02],[0.02,0.0,0.01]])
tri = Atoms('AuPtCuNi', scaled_positions=frac, cell=cell, pbc=True)
show('tri', tri)
# rattled Cu 8 from reference
from ase.io import read
for i,a in enumerate(read('../shared/reference/emt/emt-reference.extxyz', index=':')):
    a.calc=EMT(); print(i, a.get_chemical_formula(), a.pbc, repr(a.get_potential_energy()))
    if a.pbc.all(): print(' stress', [repr(x) for x in a.get_stress()])
