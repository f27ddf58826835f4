package org.cemt.refpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.cemt.core.Element;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;
import org.cemt.testkit.SharedData;

/** Small test structures: water, methane, aspirin (frame 0 of shared/data), a periodic cell and a slab. */
public final class Molecules {
    private Molecules() {
    }

    /** H2O: O–H 0.9572 Å, H–O–H 104.52°, so H···H 1.514 Å. */
    public static Structure water() {
        double a = Math.toRadians(104.52) / 2, r = 0.9572;
        return Structure.molecule(new int[] {8, 1, 1}, new double[] {0, 0, 0, r * Math.sin(a), 0, r * Math.cos(a),
            -r * Math.sin(a), 0, r * Math.cos(a)});
    }

    /** CH4: C–H 1.09 Å, tetrahedral, so H···H 1.780 Å. */
    public static Structure methane() {
        double d = 1.09 / Math.sqrt(3);
        return Structure.molecule(new int[] {6, 1, 1, 1, 1}, new double[] {0.1, -0.2, 0.3, 0.1 + d, -0.2 + d,
            0.3 + d, 0.1 - d, -0.2 - d, 0.3 + d, 0.1 - d, -0.2 + d, 0.3 - d, 0.1 + d, -0.2 - d, 0.3 - d});
    }

    /** Frame 0 of shared/data/aspirin-xtb-train.extxyz (21 atoms), read by hand (the io package is elsewhere). */
    public static Structure aspirin() {
        try {
            List<String> lines = Files.readAllLines(SharedData.path("data/aspirin-xtb-train.extxyz"));
            int n = Integer.parseInt(lines.get(0).strip());
            int[] z = new int[n];
            double[] r = new double[3 * n];
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(2 + i).strip().split("\\s+");
                z[i] = Element.number(f[0], "aspirin");
                for (int k = 0; k < 3; k++) {
                    r[3 * i + k] = Double.parseDouble(f[1 + k]);
                }
            }
            return Structure.molecule(z, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A triclinic, fully periodic cell of 3 atoms (Cu, Cu, O), some bonds crossing the cell boundary. */
    public static Structure triclinic() {
        Cell c = Cell.periodic(new double[] {3.1, 0.0, 0.0, 0.7, 2.9, 0.0, -0.4, 0.5, 3.3});
        return Structure.of(new int[] {29, 29, 8}, new double[] {0.2, 0.3, 0.1, 1.9, 1.6, 1.2, 2.9, 2.8, 2.6}, c);
    }

    /** A slab: a₁, a₂ periodic (oblique), a₃ not; two layers of atoms, vacuum above and below. */
    public static Structure slab() {
        Cell c = Cell.of(new double[] {2.6, 0, 0, 1.1, 2.4, 0, 0, 0, 12}, new boolean[] {true, true, false});
        return Structure.of(new int[] {29, 8, 1}, new double[] {0.3, 0.2, 5.0, 1.6, 1.3, 6.4, 2.2, 1.8, 7.3}, c);
    }

    /** A copy of s rotated by the rotation matrix q (row-major) and translated by t; cell rotated too. */
    public static Structure moved(Structure s, double[] q, double[] t) {
        double[] r = s.positions();
        double[] out = new double[r.length];
        for (int i = 0; i < r.length / 3; i++) {
            for (int a = 0; a < 3; a++) {
                out[3 * i + a] = q[3 * a] * r[3 * i] + q[3 * a + 1] * r[3 * i + 1] + q[3 * a + 2] * r[3 * i + 2]
                    + t[a];
            }
        }
        Cell cell = s.cell();
        if (cell.isPeriodic()) {
            double[] rows = cell.rows();
            double[] rr = new double[9];
            for (int k = 0; k < 3; k++) {
                for (int a = 0; a < 3; a++) {
                    rr[3 * k + a] = q[3 * a] * rows[3 * k] + q[3 * a + 1] * rows[3 * k + 1]
                        + q[3 * a + 2] * rows[3 * k + 2];
                }
            }
            cell = Cell.of(rr, cell.pbc());
        }
        return Structure.of(s.numbers(), out, cell);
    }

    /** A rotation by angle (rad) about a unit axis, row-major (Rodrigues). */
    public static double[] rotation(double ux, double uy, double uz, double angle) {
        double n = Math.sqrt(ux * ux + uy * uy + uz * uz);
        ux /= n;
        uy /= n;
        uz /= n;
        double c = Math.cos(angle), s = Math.sin(angle), t = 1 - c;
        return new double[] {t * ux * ux + c, t * ux * uy - s * uz, t * ux * uz + s * uy,
            t * ux * uy + s * uz, t * uy * uy + c, t * uy * uz - s * ux,
            t * ux * uz - s * uy, t * uy * uz + s * ux, t * uz * uz + c};
    }
}
