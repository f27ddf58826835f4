package org.cemt.neighbor;

import java.util.Arrays;
import org.cemt.core.InputException;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * Every image of every atom that can lie within {@code radius} of a point inside the cell, binned in a Cartesian
 * grid of cells of side radius/2, so that a query scans a fixed 5×5×5 block of bins: O(1) per query, O(N) to build.
 *
 * <p>Periodic directions: atoms are first wrapped into the cell (fractional coordinates in [0, 1)), then replicated
 * by lattice vectors n·a_k with |n| ≤ ⌈radius/h_k⌉, h_k the spacing of the lattice planes spanned by the other two
 * vectors, keeping only the images within reach of the cell. A query point is wrapped the same way, and the lattice shift is added back to every reported image, so
 * any point, inside or outside the cell, sees every image within the radius. Non-periodic directions get no images;
 * their lattice vectors (possibly zero) are replaced by unit normals for the wrapping arithmetic only.
 */
final class PeriodicImages {
    final double radius;
    final int atoms;
    // images: Cartesian position and the integer lattice shift of the image relative to the atom as given
    final double[] xyz;
    final int[] atom;
    final int[] shift;
    final int count;
    // wrapping basis (rows) and its inverse; null for a molecule
    private final double[] basis;
    private final double[] inverse;
    private final boolean[] pbc;
    // bins
    private final double binSize;
    private final double ox, oy, oz;
    private final int nx, ny, nz;
    private final int[] binStart; // CSR over bins
    private final int[] binItems;

    PeriodicImages(Structure s, double radius) {
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("radius must be positive and finite: " + radius);
        }
        this.radius = radius;
        this.atoms = s.size();
        Cell cell = s.cell();
        this.pbc = cell.pbc();
        double[] pos = s.positions();
        int n = s.size();
        if (!cell.isPeriodic()) {
            basis = null;
            inverse = null;
            xyz = pos;
            atom = new int[n];
            shift = new int[3 * n];
            for (int i = 0; i < n; i++) {
                atom[i] = i;
            }
            count = n;
        } else {
            basis = completeBasis(cell);
            inverse = Cell.periodic(basis).inverse();
            int[] range = new int[3];
            for (int k = 0; k < 3; k++) {
                range[k] = pbc[k] ? (int) Math.ceil(radius / planeSpacing(basis, k)) : 0;
            }
            int per = (2 * range[0] + 1) * (2 * range[1] + 1) * (2 * range[2] + 1);
            long total = (long) per * n;
            if (total > 50_000_000L) {
                throw new IllegalArgumentException("too many periodic images (" + total + ") for radius " + radius
                    + " Å in this cell; the cell is too thin for the cutoff");
            }
            // A wrapped query point has fractional coordinates in [0, 1), so only images with f_k in
            // (−R/h_k, 1 + R/h_k) can be within reach: a large cell keeps ≈(1 + 2R/L)³ images per atom, not 27.
            double[] lo = new double[3], hi = new double[3];
            for (int k = 0; k < 3; k++) {
                double reach = pbc[k] ? radius / planeSpacing(basis, k) + 1e-9 : Double.POSITIVE_INFINITY;
                lo[k] = -reach;
                hi[k] = 1 + reach;
            }
            int cap = (int) Math.min(total, Math.max(16L, 8L * n));
            double[] xyzB = new double[3 * cap];
            int[] atomB = new int[cap];
            int[] shiftB = new int[3 * cap];
            double[] f = new double[3];
            int[] w = new int[3];
            int c = 0;
            for (int i = 0; i < n; i++) {
                fractional(pos[3 * i], pos[3 * i + 1], pos[3 * i + 2], f);
                for (int k = 0; k < 3; k++) {
                    w[k] = pbc[k] ? (int) Math.floor(f[k]) : 0;
                }
                for (int a = -range[0]; a <= range[0]; a++) {
                    double f0 = f[0] - w[0] + a;
                    if (f0 <= lo[0] || f0 >= hi[0]) {
                        continue;
                    }
                    for (int b = -range[1]; b <= range[1]; b++) {
                        double f1 = f[1] - w[1] + b;
                        if (f1 <= lo[1] || f1 >= hi[1]) {
                            continue;
                        }
                        for (int d = -range[2]; d <= range[2]; d++) {
                            double f2 = f[2] - w[2] + d;
                            if (f2 <= lo[2] || f2 >= hi[2]) {
                                continue;
                            }
                            if (c == atomB.length) {
                                int m = (int) Math.min(total, 2L * c);
                                xyzB = Arrays.copyOf(xyzB, 3 * m);
                                atomB = Arrays.copyOf(atomB, m);
                                shiftB = Arrays.copyOf(shiftB, 3 * m);
                            }
                            int s0 = a - w[0], s1 = b - w[1], s2 = d - w[2];
                            for (int ax = 0; ax < 3; ax++) {
                                xyzB[3 * c + ax] = pos[3 * i + ax] + s0 * basis[ax] + s1 * basis[3 + ax]
                                    + s2 * basis[6 + ax];
                            }
                            atomB[c] = i;
                            shiftB[3 * c] = s0;
                            shiftB[3 * c + 1] = s1;
                            shiftB[3 * c + 2] = s2;
                            c++;
                        }
                    }
                }
            }
            count = c;
            xyz = xyzB;
            atom = atomB;
            shift = shiftB;
        }
        // bins over the bounding box of the images
        double minX = Double.POSITIVE_INFINITY, minY = minX, minZ = minX;
        double maxX = Double.NEGATIVE_INFINITY, maxY = maxX, maxZ = maxX;
        for (int i = 0; i < count; i++) {
            minX = Math.min(minX, xyz[3 * i]);
            maxX = Math.max(maxX, xyz[3 * i]);
            minY = Math.min(minY, xyz[3 * i + 1]);
            maxY = Math.max(maxY, xyz[3 * i + 1]);
            minZ = Math.min(minZ, xyz[3 * i + 2]);
            maxZ = Math.max(maxZ, xyz[3 * i + 2]);
        }
        if (count == 0) {
            minX = minY = minZ = maxX = maxY = maxZ = 0;
        }
        ox = minX;
        oy = minY;
        oz = minZ;
        // radius/2 bins, coarsened for sparse sets so that empty bins never outnumber images by much
        double size = radius / 2;
        long limit = Math.max(8L * count, 4096L);
        while ((double) bins(maxX - minX, size) * bins(maxY - minY, size) * bins(maxZ - minZ, size) > limit) {
            size *= 1.5;
        }
        binSize = size;
        nx = (int) bins(maxX - minX, size);
        ny = (int) bins(maxY - minY, size);
        nz = (int) bins(maxZ - minZ, size);
        int bins = nx * ny * nz;
        binStart = new int[bins + 1];
        int[] binOf = new int[count];
        for (int i = 0; i < count; i++) {
            binOf[i] = bin(clampBin(xyz[3 * i] - ox, nx), clampBin(xyz[3 * i + 1] - oy, ny),
                clampBin(xyz[3 * i + 2] - oz, nz));
            binStart[binOf[i] + 1]++;
        }
        for (int b = 0; b < bins; b++) {
            binStart[b + 1] += binStart[b];
        }
        binItems = new int[count];
        int[] fill = binStart.clone();
        for (int i = 0; i < count; i++) {
            binItems[fill[binOf[i]]++] = i;
        }
    }

    private static long bins(double extent, double size) {
        return (long) Math.floor(extent / size) + 1;
    }

    private int clampBin(double offset, int nBins) {
        int b = (int) Math.floor(offset / binSize);
        return Math.max(0, Math.min(nBins - 1, b));
    }

    private int bin(int i, int j, int k) {
        return (i * ny + j) * nz + k;
    }

    /**
     * Visits every image within {@code radius} (strictly, d² < radius²) of point x: the visitor receives the atom,
     * the displacement d = image − x, d², and the image's integer lattice shift (relative to the atom as given).
     */
    void query(double x, double y, double z, Visitor v) {
        int m0 = 0, m1 = 0, m2 = 0;
        double qx = x, qy = y, qz = z;
        if (basis != null) {
            // fractional(x, y, z) inlined: queries are the featurizer's inner loop and must not allocate
            m0 = pbc[0] ? (int) Math.floor(x * inverse[0] + y * inverse[3] + z * inverse[6]) : 0;
            m1 = pbc[1] ? (int) Math.floor(x * inverse[1] + y * inverse[4] + z * inverse[7]) : 0;
            m2 = pbc[2] ? (int) Math.floor(x * inverse[2] + y * inverse[5] + z * inverse[8]) : 0;
            qx = x - m0 * basis[0] - m1 * basis[3] - m2 * basis[6];
            qy = y - m0 * basis[1] - m1 * basis[4] - m2 * basis[7];
            qz = z - m0 * basis[2] - m1 * basis[5] - m2 * basis[8];
        }
        double r2 = radius * radius;
        int bx = (int) Math.floor((qx - ox) / binSize), by = (int) Math.floor((qy - oy) / binSize);
        int bz = (int) Math.floor((qz - oz) / binSize);
        int reach = (int) Math.ceil(radius / binSize);
        int x0 = Math.max(0, bx - reach), x1 = Math.min(nx - 1, bx + reach);
        int y0 = Math.max(0, by - reach), y1 = Math.min(ny - 1, by + reach);
        int z0 = Math.max(0, bz - reach), z1 = Math.min(nz - 1, bz + reach);
        for (int i = x0; i <= x1; i++) {
            for (int j = y0; j <= y1; j++) {
                for (int k = z0; k <= z1; k++) {
                    int b = bin(i, j, k);
                    for (int t = binStart[b]; t < binStart[b + 1]; t++) {
                        int img = binItems[t];
                        double dx = xyz[3 * img] - qx, dy = xyz[3 * img + 1] - qy, dz = xyz[3 * img + 2] - qz;
                        double d2 = dx * dx + dy * dy + dz * dz;
                        if (d2 < r2) {
                            v.visit(atom[img], dx, dy, dz, d2, shift[3 * img] + m0, shift[3 * img + 1] + m1,
                                shift[3 * img + 2] + m2);
                        }
                    }
                }
            }
        }
    }

    /** Receives one image within the radius. */
    interface Visitor {
        void visit(int atom, double dx, double dy, double dz, double d2, int s0, int s1, int s2);
    }

    private void fractional(double x, double y, double z, double[] f) {
        f[0] = x * inverse[0] + y * inverse[3] + z * inverse[6];
        f[1] = x * inverse[1] + y * inverse[4] + z * inverse[7];
        f[2] = x * inverse[2] + y * inverse[5] + z * inverse[8];
    }

    /** The cell's rows with non-periodic vectors replaced by unit normals (or any independent unit vectors). */
    static double[] completeBasis(Cell cell) {
        double[] b = cell.rows();
        boolean[] p = cell.pbc();
        int periodic = (p[0] ? 1 : 0) + (p[1] ? 1 : 0) + (p[2] ? 1 : 0);
        if (periodic == 3) {
            return b;
        }
        if (periodic == 2) {
            int k = !p[0] ? 0 : !p[1] ? 1 : 2;
            double[] c = cross(b, (k + 1) % 3, (k + 2) % 3);
            if (Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2])
                < 1e-10 * cell.length((k + 1) % 3) * cell.length((k + 2) % 3)) {
                throw InputException.of("cell", "periodic lattice vectors", "two independent vectors",
                    "parallel vectors " + ((k + 1) % 3 + 1) + " and " + ((k + 2) % 3 + 1));
            }
        }
        if (periodic == 2) {
            int k = !p[0] ? 0 : !p[1] ? 1 : 2;
            double[] n = unit(cross(b, (k + 1) % 3, (k + 2) % 3));
            System.arraycopy(n, 0, b, 3 * k, 3);
            return b;
        }
        int k = p[0] ? 0 : p[1] ? 1 : 2; // the one periodic vector
        double[] a = {b[3 * k], b[3 * k + 1], b[3 * k + 2]};
        double[] e = Math.abs(a[0]) <= Math.abs(a[1]) && Math.abs(a[0]) <= Math.abs(a[2]) ? new double[] {1, 0, 0}
            : Math.abs(a[1]) <= Math.abs(a[2]) ? new double[] {0, 1, 0} : new double[] {0, 0, 1};
        double[] u = unit(cross3(a, e));
        double[] w = unit(cross3(a, u));
        System.arraycopy(u, 0, b, 3 * ((k + 1) % 3), 3);
        System.arraycopy(w, 0, b, 3 * ((k + 2) % 3), 3);
        return b;
    }

    static double planeSpacing(double[] b, int k) {
        double[] c = cross(b, (k + 1) % 3, (k + 2) % 3);
        double vol = Math.abs(b[3 * k] * c[0] + b[3 * k + 1] * c[1] + b[3 * k + 2] * c[2]);
        return vol / Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
    }

    private static double[] cross(double[] b, int i, int j) {
        return cross3(new double[] {b[3 * i], b[3 * i + 1], b[3 * i + 2]},
            new double[] {b[3 * j], b[3 * j + 1], b[3 * j + 2]});
    }

    private static double[] cross3(double[] a, double[] c) {
        return new double[] {a[1] * c[2] - a[2] * c[1], a[2] * c[0] - a[0] * c[2], a[0] * c[1] - a[1] * c[0]};
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
