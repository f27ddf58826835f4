package org.cemt.neighbor;

import java.util.Arrays;

/**
 * A reusable, growable buffer of the atom images near one point: parallel arrays of atom index, displacement
 * image − point (Å) and its square. One owner at a time; reuse it across queries to avoid allocation.
 */
public final class Hits {
    private int size;
    private int[] atom = new int[64];
    private double[] dx = new double[64], dy = new double[64], dz = new double[64], d2 = new double[64];

    public int size() {
        return size;
    }

    public int atom(int k) {
        return atom[k];
    }

    public double dx(int k) {
        return dx[k];
    }

    public double dy(int k) {
        return dy[k];
    }

    public double dz(int k) {
        return dz[k];
    }

    public double d2(int k) {
        return d2[k];
    }

    void clear() {
        size = 0;
    }

    void add(int a, double x, double y, double z, double r2) {
        if (size == atom.length) {
            int n = 2 * size;
            atom = Arrays.copyOf(atom, n);
            dx = Arrays.copyOf(dx, n);
            dy = Arrays.copyOf(dy, n);
            dz = Arrays.copyOf(dz, n);
            d2 = Arrays.copyOf(d2, n);
        }
        atom[size] = a;
        dx[size] = x;
        dy[size] = y;
        dz[size] = z;
        d2[size] = r2;
        size++;
    }
}
