package org.cemt.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cemt.neighbor.NeighborList;
import org.cemt.neighbor.PointNeighbors;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Neighbour-list build time against atom count at fixed density (fcc Cu, 0.0847 atoms/Å³, cubic periodic cell,
 * rattled, 5 Å cutoff ≈ 40 neighbours each): linear scaling shows as time/atoms constant across @Param sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NeighborListBenchmark {
    @Param({"100", "1000", "10000"})
    public int atoms;

    private Structure periodic;
    private Structure molecule;
    private double[] points;

    @Setup
    public void setUp() {
        Random r = new Random(42);
        double side = Math.cbrt(atoms / 0.0847);
        double[] x = new double[3 * atoms];
        for (int i = 0; i < x.length; i++) {
            x[i] = side * r.nextDouble();
        }
        int[] z = new int[atoms];
        java.util.Arrays.fill(z, 29);
        periodic = Structure.of(z, x, Cell.orthorhombic(side, side, side));
        molecule = Structure.molecule(z, x);
        points = new double[3 * 1000];
        for (int i = 0; i < points.length; i++) {
            points[i] = side * (1.2 * r.nextDouble() - 0.1);
        }
    }

    @Benchmark
    public int periodicCell() {
        return NeighborList.build(periodic, 5.0).size();
    }

    @Benchmark
    public int molecule() {
        return NeighborList.build(molecule, 5.0).size();
    }

    /** Build plus 1,000 point queries (the featurizer's use). */
    @Benchmark
    public double pointQueries() {
        PointNeighbors pn = new PointNeighbors(periodic, 5.0);
        double[] sum = {0};
        for (int p = 0; p < points.length; p += 3) {
            pn.forEach(points[p], points[p + 1], points[p + 2], (a, dx, dy, dz, d2) -> sum[0] += d2);
        }
        return sum[0];
    }
}
