"""ASE's EMT on the two cases of runtime/src/jmh/java/org/cemt/bench/EmtBenchmark.java, for side-by-side ratios.

Au6 NVE velocity-Verlet MD (1 fs, Maxwell-Boltzmann 300 K, the octahedron of six face centres of fcc Au, a = 4.08)
in steps/s, and energy+forces of a rattled 108-atom fcc Cu cell (a = 3.61, 3x3x3 conventional cells) in calls/s.
Reports wall-clock and CPU-time rates (on a loaded machine compare CPU time; see ../shared/reference/peers.md).

Run with Debian python3-ase (3.22.1): /usr/bin/python3 benchmarks/ase_emt.py
"""
import time

import numpy as np
from ase import Atoms, units
from ase.calculators.emt import EMT
from ase.md.velocitydistribution import MaxwellBoltzmannDistribution, Stationary, ZeroRotation
from ase.md.verlet import VelocityVerlet


def rate(work, count, repeats=3):
    """Best wall and CPU rates (per second) over repeats of work(count)."""
    best_wall, best_cpu = 0.0, 0.0
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        work(count)
        w1, c1 = time.perf_counter(), time.process_time()
        best_wall = max(best_wall, count / (w1 - w0))
        best_cpu = max(best_cpu, count / max(c1 - c0, 1e-9))
    return best_wall, best_cpu


def au6():
    a, h = 4.08, 2.04
    atoms = Atoms('Au6', positions=[(h, h, 0), (h, 0, h), (0, h, h), (h, h, a), (h, a, h), (a, h, h)])
    atoms.calc = EMT()
    MaxwellBoltzmannDistribution(atoms, temperature_K=300, rng=np.random.RandomState(42))
    Stationary(atoms)
    ZeroRotation(atoms)
    dyn = VelocityVerlet(atoms, timestep=1.0 * units.fs)
    dyn.run(200)  # warm-up
    return rate(dyn.run, 3000)


def cu108():
    a, n = 3.61, 3
    basis = np.array([[0, 0, 0], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]])
    cells = np.array([[i, j, k] for i in range(n) for j in range(n) for k in range(n)])
    pos = ((cells[:, None, :] + basis[None, :, :]).reshape(-1, 3)) * a
    pos += 0.05 * np.random.RandomState(1).standard_normal(pos.shape)
    atoms = Atoms('Cu%d' % len(pos), positions=pos, cell=[n * a] * 3, pbc=True)
    calc = EMT()

    def work(count):
        for _ in range(count):
            calc.calculate(atoms, ['energy', 'forces'])

    work(2)  # warm-up
    return rate(work, 30)


if __name__ == '__main__':
    w, c = au6()
    print('ASE EMT Au6 MD: %.0f steps/s wall, %.0f steps/s CPU' % (w, c))
    w, c = cu108()
    print('ASE EMT Cu108 energy+forces: %.2f calls/s wall, %.2f calls/s CPU' % (w, c))
