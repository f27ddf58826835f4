package org.cemt.md.generate;

import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.cemt.calc.Emt;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.md.Dynamics;
import org.cemt.md.Velocities;
import org.cemt.md.VelocityVerlet;
import org.cemt.structure.Cell;
import org.cemt.structure.Structure;

/**
 * EMT data sets made by NVE molecular dynamics, as the seed paper (002, "3 Approaches to Neural Network
 * Potentials") makes them: a start structure, Maxwell–Boltzmann velocities without net momentum (and rotation, for a
 * cluster), velocity Verlet, one frame every {@code interval} steps with its EMT energy and forces.
 */
public enum EmtRecipe {
    /**
     * Section 2: six Au atoms carved from fcc Au — the six face centres of one cubic cell, a = 4.08 Å, a regular
     * octahedron of edge a/√2 — as a free cluster; velocities without net momentum or rotation.
     */
    AU6 {
        @Override
        public Structure start() {
            double h = AU_LATTICE / 2, a = AU_LATTICE;
            double[] r = {h, h, 0, h, 0, h, 0, h, h, h, h, a, h, a, h, a, h, h};
            return Structure.molecule(new int[] {79, 79, 79, 79, 79, 79}, r);
        }
    },
    /**
     * Section 3.4, "Pt₈Au₂": Au on the (110) surface of fcc Pt, periodic in x and y. The paper gives no geometry;
     * 8 Pt + 2 Au is the Amp package's example system (its EMT MD data generator, there with Cu), which we follow:
     * ASE's fcc110('Pt', (2, 2, 2), vacuum=7.), a = 3.92 Å, two Au atoms stacked 2.5 Å and 5.0 Å above top-layer
     * atom 7, bottom-layer atoms 0 and 2 held fixed.
     */
    PTAU {
        @Override
        public Structure start() {
            double a = PT_LATTICE, d = a / (2 * Math.sqrt(2)), vacuum = 7.0;
            double[] r = new double[30];
            int[] z = new int[10];
            int atom = 0;
            // ASE's fcc110 layer order: the bottom layer (offset a/2, d) first, then the top layer at the origin
            for (int layer = 0; layer < 2; layer++) {
                double ox = layer == 0 ? a / 2 : 0, oy = layer == 0 ? d : 0;
                for (int j = 0; j < 2; j++) {
                    for (int i = 0; i < 2; i++) {
                        r[3 * atom] = ox + i * a;
                        r[3 * atom + 1] = oy + j * 2 * d;
                        r[3 * atom + 2] = vacuum + layer * d;
                        z[atom++] = 78;
                    }
                }
            }
            for (int k = 0; k < 2; k++) {
                r[3 * atom] = r[3 * 7];
                r[3 * atom + 1] = r[3 * 7 + 1];
                r[3 * atom + 2] = r[3 * 7 + 2] + 2.5 * (k + 1);
                z[atom++] = 79;
            }
            Cell cell = Cell.of(new double[] {2 * a, 0, 0, 0, 4 * d, 0, 0, 0, 2 * vacuum + d},
                new boolean[] {true, true, false});
            return Structure.of(z, r, cell);
        }

        @Override
        public boolean[] fixed() {
            boolean[] f = new boolean[10];
            f[0] = true;
            f[2] = true;
            return f;
        }
    };

    /** fcc Au lattice constant of the recipe, Å. */
    public static final double AU_LATTICE = 4.08;
    /** fcc Pt lattice constant (ASE's reference state), Å. */
    public static final double PT_LATTICE = 3.92;

    /** The structure at step 0. */
    public abstract Structure start();

    /** Atoms held fixed during the run (none by default). */
    public boolean[] fixed() {
        return new boolean[start().size()];
    }

    /** Name on the command line: au6, ptau. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The recipe named {@code id} (au6, ptau), or an InputException listing the names. */
    public static EmtRecipe byId(String id) {
        for (EmtRecipe r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw InputException.of("generate", "data set", "au6 or ptau", "'" + id + "'");
    }

    /**
     * Runs the recipe and hands each frame (positions, EMT energy eV, forces eV/Å, info {@code step}) to
     * {@code sink}, in order: frame k is the state after k·interval steps.
     */
    public void generate(GenerateOptions options, Consumer<Structure> sink) {
        Structure s = start();
        boolean[] fixed = fixed();
        double[] masses = new double[s.size()];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = Element.mass(s.number(i));
        }
        boolean cluster = !s.isPeriodic();
        double[] v = Velocities.initial(masses, s.positions(), options.temperatureK(), cluster, fixed,
            new Random(options.seed()));
        Dynamics md = new VelocityVerlet(new Emt(), s, v, options.timestep(), fixed);
        md.attach(m -> sink.accept(m.structure().toBuilder().info("step", Long.toString(m.steps())).build()),
            options.interval());
        md.run(options.steps());
    }
}
