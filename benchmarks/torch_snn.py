#!/usr/bin/env python3
"""PyTorch side of the SNN training-speed comparison (issue 6; Java side: runtime/src/jmh/java/org/cemt/model).

The CEMT paper's aspirin network 241 -> 512 -> 256 -> 128 -> 64 -> 32 -> 1, GELU, batch norm after each hidden
layer (300,481 parameters), 21 points per structure, Adam, trained the way the papers' code does it:
  energy step: 256 structures, squared energy loss, loss.backward(), Adam;
  force step:  32 structures, forces F = -dE/dR through autograd (create_graph=True) and a dense stored Jacobian
               dλ/dR (21 x 241 x 63 per structure), loss = energy + 0.1/(3N) * force terms, backward (second
               derivative), Adam.
Prints, per dtype and step, the median wall time per step, structures per second, process CPU time per step and
structures per CPU-second.
Run: /usr/bin/python3 benchmarks/torch_snn.py [threads] [repeats] [float64,float32]   (Debian python3-torch)
"""
import statistics
import sys
import time

import torch

F, PTS, COORDS = 241, 21, 63


def network(dtype):
    torch.manual_seed(0)
    widths = [F, 512, 256, 128, 64, 32]
    layers = []
    for a, b in zip(widths[:-1], widths[1:]):
        layers += [torch.nn.Linear(a, b), torch.nn.BatchNorm1d(b), torch.nn.GELU()]
    layers.append(torch.nn.Linear(widths[-1], 1))
    net = torch.nn.Sequential(*layers).to(dtype)
    for m in net:
        if isinstance(m, torch.nn.Linear):
            torch.nn.init.xavier_uniform_(m.weight)
            torch.nn.init.zeros_(m.bias)
    assert sum(p.numel() for p in net.parameters()) == 300481
    return net


def energy_step(net, opt, x, e_ref):
    opt.zero_grad()
    e = net(x).view(-1, PTS).sum(1)
    loss = ((e - e_ref) ** 2).mean()
    loss.backward()
    opt.step()


def force_step(net, opt, x, jac, e_ref, f_ref, beta=0.1):
    opt.zero_grad()
    x = x.detach().requires_grad_(True)
    e = net(x).view(-1, PTS).sum(1)
    dedx = torch.autograd.grad(e.sum(), x, create_graph=True)[0]          # (B*21, 241)
    forces = -torch.einsum("spf,spfk->sk", dedx.view(-1, PTS, F), jac)    # (B, 63)
    loss = ((e - e_ref) ** 2).mean() + beta / COORDS * ((forces - f_ref) ** 2).sum(1).mean()
    loss.backward()
    opt.step()


def measure(step, repeats):
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        step()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    dtypes = sys.argv[3].split(",") if len(sys.argv) > 3 else ["float64", "float32"]
    torch.set_num_threads(threads)
    print(f"torch {torch.__version__}, {threads} thread(s), {repeats} repeats after 2 warm-up steps")
    for dtype in (getattr(torch, d) for d in dtypes):
        g = torch.Generator().manual_seed(1)
        net = network(dtype)
        opt = torch.optim.Adam(net.parameters(), lr=1e-3)
        xe = torch.rand(256 * PTS, F, generator=g, dtype=dtype) - 0.5
        ee = torch.rand(256, generator=g, dtype=dtype) - 0.5
        xf = torch.rand(32 * PTS, F, generator=g, dtype=dtype) - 0.5
        jac = torch.rand(32, PTS, F, COORDS, generator=g, dtype=dtype) - 0.5
        ef = torch.rand(32, generator=g, dtype=dtype) - 0.5
        ff = torch.rand(32, COORDS, generator=g, dtype=dtype) - 0.5
        for name, batch, step in (("energyStep", 256, lambda: energy_step(net, opt, xe, ee)),
                                  ("forceStep", 32, lambda: force_step(net, opt, xf, jac, ef, ff))):
            measure(step, 2)
            wall, cpu = measure(step, repeats)
            print(f"torch {name:10s} {str(dtype)[6:]:8s} threads {threads}  wall {wall * 1e3:8.1f} ms"
                  f"  {batch / wall:7.1f} structures/s  cpu {cpu * 1e3:8.1f} ms"
                  f"  {batch / cpu:7.1f} structures per CPU-second")


if __name__ == "__main__":
    main()
