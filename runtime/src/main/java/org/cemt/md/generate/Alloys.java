package org.cemt.md.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.cemt.calc.Calculation;
import org.cemt.calc.Emt;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * A periodic EMT alloy set, the stand-in for the CEMT paper's Materials Project test (issue 8): fcc, bcc and hcp
 * supercells of the EMT metals with random compositions (one to three elements), Vegard's-law volumes, random
 * strains (|ε| ≤ 4 %) and Gaussian rattles (σ ≤ 0.1 Å), labelled with EMT energy (eV), forces (eV/Å), stress
 * (eV/Å³) and {@code formation_energy}, eV/atom: (E − Σ_el n_el·e_el)/N with e_el the energy per atom of the
 * element's fcc crystal at its EMT lattice constant ({@link #latticeConstant}). Also {@code lattice}
 * (fcc/bcc/hcp) and {@code index} per frame. Reproducible: frame k depends only on the seed and k.
 */
public final class Alloys {
    /** The EMT metals: Ni, Cu, Pd, Ag, Pt, Au, Al. */
    public static final int[] METALS = {28, 29, 46, 47, 78, 79, 13};

    private static final Emt EMT = new Emt();
    private static final double[] A0 = new double[Element.MAX_Z + 1];
    private static final double[] E0 = new double[Element.MAX_Z + 1];

    static {
        for (int z : METALS) {
            A0[z] = relaxFcc(z);
            E0[z] = EMT.calculate(fcc(z, A0[z])).energy();
        }
    }

    private Alloys() {
    }

    /** The cubic fcc lattice constant (Å) minimising the EMT energy of element z (golden-section, 1e-7 Å). */
    public static double latticeConstant(int z) {
        return A0[checkMetal(z)];
    }

    /** EMT energy per atom (eV) of element z's fcc crystal at {@link #latticeConstant}: the formation reference. */
    public static double referenceEnergy(int z) {
        return E0[checkMetal(z)];
    }

    /** Formation energy per atom (eV) of a structure of EMT metals with total energy {@code energy} (eV). */
    public static double formationEnergy(Structure s, double energy) {
        double ref = 0;
        for (int i = 0; i < s.size(); i++) {
            ref += referenceEnergy(s.number(i));
        }
        return (energy - ref) / s.size();
    }

    /** Draws {@code count} labelled cells from {@code seed} and hands them to {@code sink} in order. */
    public static void generate(int count, long seed, Consumer<Structure> sink) {
        if (count < 1) {
            throw InputException.of("generate alloys", "count", "at least 1", count);
        }
        for (int k = 0; k < count; k++) {
            sink.accept(frame(seed, k));
        }
    }

    /** Frame {@code k} of the set drawn from {@code seed}. */
    public static Structure frame(long seed, int k) {
        Random rnd = new Random(seed * 1_000_003L + k);
        String lattice = List.of("fcc", "bcc", "hcp").get(rnd.nextInt(3));
        int[] repeat = switch (lattice) {
            case "fcc" -> List.of(new int[] {1, 1, 1}, new int[] {2, 1, 1}, new int[] {2, 2, 1}, new int[] {2, 2, 2})
                .get(rnd.nextInt(4));
            case "bcc" -> List.of(new int[] {2, 2, 2}, new int[] {3, 2, 2}, new int[] {3, 3, 2}, new int[] {3, 3, 3})
                .get(rnd.nextInt(4));
            default -> List.of(new int[] {2, 2, 2}, new int[] {3, 3, 2}, new int[] {3, 2, 3}, new int[] {2, 2, 3})
                .get(rnd.nextInt(4));
        };
        double[][] basis = basis(lattice);
        int n = basis.length * repeat[0] * repeat[1] * repeat[2];
        int[] z = composition(rnd, n);
        // Vegard: the mean fcc atomic volume a³/4 of the atoms present
        double volume = 0;
        for (int zi : z) {
            volume += Math.pow(A0[zi], 3) / 4 / n;
        }
        double a = switch (lattice) {
            case "fcc" -> Math.cbrt(4 * volume);
            case "bcc" -> Math.cbrt(2 * volume);
            default -> Math.cbrt(Math.sqrt(2) * volume); // ideal c/a = √(8/3): volume per atom = a³/√2
        };
        double[] unit = unitCell(lattice, a);
        double[] strain = new double[9];
        for (int i = 0; i < 3; i++) {
            strain[4 * i] = 0.04 * (2 * rnd.nextDouble() - 1);
            for (int j = i + 1; j < 3; j++) {
                strain[3 * i + j] = strain[3 * j + i] = 0.02 * (2 * rnd.nextDouble() - 1);
            }
        }
        double sigma = 0.1 * rnd.nextDouble();
        double[] rows = new double[9];
        double[] r = new double[3 * n];
        int atom = 0;
        for (int i = 0; i < 3; i++) {
            for (int c = 0; c < 3; c++) {
                rows[3 * i + c] = repeat[i] * strained(unit, i, c, strain);
            }
        }
        for (int i = 0; i < repeat[0]; i++) {
            for (int j = 0; j < repeat[1]; j++) {
                for (int l = 0; l < repeat[2]; l++) {
                    for (double[] b : basis) {
                        double f0 = i + b[0], f1 = j + b[1], f2 = l + b[2];
                        for (int c = 0; c < 3; c++) {
                            r[3 * atom + c] = f0 * strained(unit, 0, c, strain) + f1 * strained(unit, 1, c, strain)
                                + f2 * strained(unit, 2, c, strain) + sigma * rnd.nextGaussian();
                        }
                        atom++;
                    }
                }
            }
        }
        Structure s = Structure.of(z, r, Cell.periodic(rows));
        Calculation c = EMT.calculate(s);
        return c.applyTo(s).toBuilder()
            .info("formation_energy", String.format(Locale.ROOT, "%.10f", formationEnergy(s, c.energy())))
            .info("lattice", lattice)
            .info("index", Integer.toString(k))
            .build();
    }

    /** One to three distinct metals in random proportions, shuffled over the n sites. */
    private static int[] composition(Random rnd, int n) {
        int species = 1 + rnd.nextInt(3);
        List<Integer> pool = new ArrayList<>();
        for (int m : METALS) {
            pool.add(m);
        }
        Collections.shuffle(pool, rnd);
        List<Integer> sites = new ArrayList<>();
        // each chosen metal gets at least one site, the rest are drawn uniformly among them
        for (int k = 0; k < species; k++) {
            sites.add(pool.get(k));
        }
        while (sites.size() < n) {
            sites.add(pool.get(rnd.nextInt(species)));
        }
        Collections.shuffle(sites, rnd);
        return sites.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Row i, component c of the unit cell times (I + ε). */
    private static double strained(double[] unit, int i, int c, double[] eps) {
        double v = unit[3 * i + c];
        for (int k = 0; k < 3; k++) {
            v += unit[3 * i + k] * eps[3 * k + c];
        }
        return v;
    }

    private static double[][] basis(String lattice) {
        return switch (lattice) {
            case "fcc" -> new double[][] {{0, 0, 0}, {0, 0.5, 0.5}, {0.5, 0, 0.5}, {0.5, 0.5, 0}};
            case "bcc" -> new double[][] {{0, 0, 0}, {0.5, 0.5, 0.5}};
            default -> new double[][] {{0, 0, 0}, {1.0 / 3, 2.0 / 3, 0.5}};
        };
    }

    /** Conventional cubic cell (fcc, bcc) or the hexagonal cell with ideal c/a (hcp), rows, Å. */
    private static double[] unitCell(String lattice, double a) {
        if (lattice.equals("hcp")) {
            return new double[] {a, 0, 0, -a / 2, a * Math.sqrt(3) / 2, 0, 0, 0, a * Math.sqrt(8.0 / 3)};
        }
        return new double[] {a, 0, 0, 0, a, 0, 0, 0, a};
    }

    /** One-atom primitive fcc cell of element z, lattice constant a (Å). */
    static Structure fcc(int z, double a) {
        double h = a / 2;
        return Structure.of(new int[] {z}, new double[3], Cell.periodic(new double[] {0, h, h, h, 0, h, h, h, 0}));
    }

    private static double relaxFcc(int z) {
        double lo = 3.0, hi = 4.6; // brackets every EMT metal (Al 4.05 Å, Ni 3.52 Å in ASE's table)
        double g = (Math.sqrt(5) - 1) / 2;
        double x1 = hi - g * (hi - lo), x2 = lo + g * (hi - lo);
        double f1 = EMT.calculate(fcc(z, x1)).energy(), f2 = EMT.calculate(fcc(z, x2)).energy();
        while (hi - lo > 1e-7) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - g * (hi - lo);
                f1 = EMT.calculate(fcc(z, x1)).energy();
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + g * (hi - lo);
                f2 = EMT.calculate(fcc(z, x2)).energy();
            }
        }
        return (lo + hi) / 2;
    }

    private static int checkMetal(int z) {
        if (z < 0 || z >= A0.length || A0[z] == 0) {
            throw InputException.of("alloys", "element", "one of Ni Cu Pd Ag Pt Au Al",
                z >= 1 && z <= Element.MAX_Z ? Element.symbol(z) : "Z=" + z);
        }
        return z;
    }
}
