package org.cemt.md.generate;

import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.cemt.calc.Calculator;
import org.cemt.core.Element;
import org.cemt.core.InputException;
import org.cemt.md.Dynamics;
import org.cemt.md.Langevin;
import org.cemt.md.Velocities;
import org.cemt.structure.Structure;

/**
 * A molecule's MD trajectory as a data set, the MD17 idea (Chmiela et al., Sci. Adv. 3, e1603015 (2017)) and the
 * shared aspirin set's recipe: NVT at {@code temperatureK} (Langevin, friction 0.01 fs⁻¹, where the shared set used
 * xtb's Berendsen thermostat), true hydrogen masses, Maxwell–Boltzmann start without net momentum or rotation, one
 * frame every {@code interval} steps carrying the calculator's energy (eV) and forces (eV/Å) and info
 * {@code time_fs}. With {@link org.cemt.calc.Xtb} every MD step is one GFN2-xTB gradient, so frame labels are the
 * same {@code --grad} numbers the shared set stores.
 */
public final class MoleculeMd {
    /** Aspirin, the MD17 molecule and the default start. */
    public static final String ASPIRIN = "CC(=O)Oc1ccccc1C(=O)O";
    /** Langevin friction, 1/fs: a 100 fs coupling time, loose enough to leave the vibrations alone. */
    public static final double FRICTION = 0.01;

    private MoleculeMd() {
    }

    /**
     * Runs {@code options.steps()} steps from {@code start} under {@code calculator} and hands each of the
     * {@code options.frames()} frames to {@code sink}: frame k is the state after k·interval steps.
     */
    public static void generate(Calculator calculator, Structure start, GenerateOptions options,
                                Consumer<Structure> sink) {
        if (start.isPeriodic()) {
            throw InputException.of("generate md", "start", "an isolated molecule", "a periodic cell");
        }
        double[] masses = new double[start.size()];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = Element.mass(start.number(i));
        }
        Random random = new Random(options.seed());
        double[] v = Velocities.initial(masses, start.positions(), options.temperatureK(), start.size() > 2, null,
            random);
        Dynamics md = new Langevin(calculator, start, v, options.timestep(), options.temperatureK(), FRICTION,
            random.nextLong(), null);
        md.attach(m -> sink.accept(m.structure().toBuilder()
            .info("time_fs", String.format(Locale.ROOT, "%.2f", m.time())).build()), options.interval());
        md.run(options.steps());
    }
}
