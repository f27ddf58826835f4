package org.cemt.md.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.cemt.calc.Calculation;
import org.cemt.calc.Xtb;
import org.cemt.core.ComputationException;
import org.cemt.core.InputException;
import org.cemt.structure.Structure;

/**
 * The QM9-like molecule set, made as {@code shared/data/README.md} describes its molecule set: a 3D structure from
 * SMILES (Open Babel, where the shared set used rdkit), a GFN2-xTB relaxation ({@code xtb --opt}, charge 0, uhf 0),
 * energy and forces from {@code xtb --grad} at the optimum, and the molecule dropped if its bond graph (d < 1.2 × the
 * sum of covalent radii) changed during the relaxation or differs from the SMILES formula. Frames carry
 * {@code smiles}, energy (eV) and forces (eV/Å). Molecules run in parallel, one xtb process per worker.
 */
public final class Molecules {
    // covalent radii, Å (Cordero et al., Dalton Trans. 2008, 2832; C sp3), as ASE's covalent_radii
    private static final Map<Integer, Double> RADIUS = Map.of(1, 0.31, 6, 0.76, 7, 0.71, 8, 0.66, 9, 0.57);

    /** One molecule's result: the labelled frame, or null and why it was dropped. */
    public record Outcome(String smiles, Structure frame, String dropped) {
    }

    private final OpenBabel builder;
    private final Xtb xtb;

    public Molecules(OpenBabel builder, Xtb xtb) {
        this.builder = builder;
        this.xtb = xtb;
    }

    /** Open Babel and xtb from PATH, neutral closed-shell molecules. */
    public static Molecules defaults() {
        return new Molecules(OpenBabel.defaults(), Xtb.defaults());
    }

    /** Builds, relaxes and labels one molecule. */
    public Outcome make(String smiles) {
        Smiles parsed = Smiles.parse(smiles);
        Structure start = builder.build(smiles);
        String expected = parsed.formula();
        String built = hill(start);
        if (!built.equals(expected)) {
            return new Outcome(smiles, null, "Open Babel built " + built + ", the SMILES says " + expected);
        }
        TreeSet<String> before = bondGraph(start);
        Structure opt = xtb.optimize(start);
        if (!before.equals(bondGraph(opt))) {
            return new Outcome(smiles, null, "bond graph changed during the GFN2-xTB relaxation");
        }
        Calculation c = xtb.calculate(opt);
        return new Outcome(smiles, c.applyTo(opt), null);
    }

    /**
     * Makes every molecule of {@code smiles} with {@code workers} parallel pipelines and hands the outcomes to
     * {@code sink} in input order. A failed xtb or obabel run stops everything (ComputationException).
     */
    public void generate(List<String> smiles, int workers, Consumer<Outcome> sink) {
        if (workers < 1) {
            throw InputException.of("generate molecules", "workers", "at least 1", workers);
        }
        for (String s : smiles) {
            Smiles.parse(s); // refuse a bad list before any process starts
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (String s : smiles) {
                futures.add(pool.submit(() -> make(s)));
            }
            for (Future<Outcome> f : futures) {
                sink.accept(f.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new ComputationException("generate molecules: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputationException("generate molecules: interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Bonded pairs "i-j" (i < j) with d < 1.2 × (r_i + r_j). */
    static TreeSet<String> bondGraph(Structure s) {
        TreeSet<String> bonds = new TreeSet<>();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                double d2 = 0;
                for (int a = 0; a < 3; a++) {
                    double d = s.position(i, a) - s.position(j, a);
                    d2 += d * d;
                }
                double cut = 1.2 * (RADIUS.getOrDefault(s.number(i), 1.0) + RADIUS.getOrDefault(s.number(j), 1.0));
                if (d2 < cut * cut) {
                    bonds.add(i + "-" + j);
                }
            }
        }
        return bonds;
    }

    /** Hill formula of a structure (C, H, then alphabetical), to compare with {@link Smiles#formula()}. */
    static String hill(Structure s) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            counts.merge(s.symbol(i), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        Integer c = counts.remove("C");
        if (c != null) {
            sb.append('C').append(c == 1 ? "" : c);
            Integer h = counts.remove("H");
            if (h != null) {
                sb.append('H').append(h == 1 ? "" : h);
            }
        }
        counts.forEach((e, n) -> sb.append(e).append(n == 1 ? "" : n));
        return sb.toString();
    }
}
