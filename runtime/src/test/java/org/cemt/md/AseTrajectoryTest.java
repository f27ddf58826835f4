package org.cemt.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cemt.calc.Emt;
import org.cemt.md.generate.EmtRecipe;
import org.cemt.structure.Structure;
import org.junit.jupiter.api.Test;

/**
 * The integrators step for step as ASE 3.22.1's (benchmarks/ase_md_reference.py prints these values): 100 steps of
 * 1 fs from the Au6 octahedron with fixed initial velocities without net momentum, for VelocityVerlet and for
 * Langevin at 0 K (no noise, so the propagator is deterministic; friction 0.02/fs, centre of mass held). Tolerances
 * (1e-7 eV, 2e-8 Å, 1e-8 Å/fs; found 1.5e-8 eV, 2.5e-9 Å) cover ASE's CODATA 2014 time unit against cemt's CODATA 2018 (8e-9 relative in
 * the acceleration), grown over 100 steps.
 */
class AseTrajectoryTest {
    private static final double[] VERLET_POSITIONS = {
        2.078982392282938, 2.1140650159421743, 0.29592487082417124, 2.1953009082245654, 0.17469416882356859,
        1.8758083053466412, 0.16389813345843723, 1.9862406184954202, 2.127211356235098, 2.007262177828773,
        2.010117586823903, 3.833918487222056, 1.905638531559524, 3.9298994053799996, 2.1373772996282976,
        3.888917856645763, 2.0249832045349394, 1.9697596807437348};
    private static final double[] VERLET_VELOCITIES = {
        -0.003429757191234699, 0.0007666829658863775, -0.005218784951190495, 0.00034848486075045434,
        -0.001253328606634135, -0.0005514370133528641, -0.004895027424283674, -0.0031687964931479125,
        -0.0018272890227920017, 0.0025736375149898725, -0.004257839713245517, 0.005722317364500098,
        -0.00016164662794537172, 0.007651182764678422, -0.0009332921145788908, 0.005564308867723411,
        0.0002620990824627624, 0.002808485737414149};
    private static final double[] LANGEVIN_POSITIONS = {
        2.091402187593882, 2.068474935665418, 0.2624525918112762, 2.1142502475522216, 0.17316309117715387,
        1.9626611794860656, 0.20037956192880843, 2.038139948321723, 2.103327760271127, 1.9965265523028983,
        2.063256264099538, 3.8300206729076547, 1.9707084981069278, 3.8687846890327857, 2.103800960201733,
        3.866732952515257, 2.02818107170339, 1.9777368353221223};
    private static final double[] LANGEVIN_VELOCITIES = {
        -0.0008232108752415824, -0.00012867709635836, -0.0012419368584548347, -0.00012332990250086523,
        0.00025171587078562266, 8.771193301040701e-05, -0.001078149720539641, -0.0009153444467933265,
        -0.000632696091078457, 0.0006827593204514347, -0.0012194952952253142, 0.0014906526862905251,
        0.00018529565214608746, 0.002107941796269881, -0.0004160742823282377, 0.0011566355256845664,
        -9.614082867850274e-05, 0.0007123426125605975};

    private static double[] initialVelocities() {
        double[] v = new double[18];
        for (int i = 0; i < 6; i++) {
            v[3 * i] = 0.002 * Math.sin(i + 1);
            v[3 * i + 1] = 0.002 * Math.cos(2 * i + 1);
            v[3 * i + 2] = 0.002 * Math.sin(3 * i + 2);
        }
        double[] masses = new double[6];
        java.util.Arrays.fill(masses, 1.0);
        Velocities.removeMomentum(masses, v, false);
        return v;
    }

    @Test
    void velocityVerletFollowsAse() {
        Structure au6 = EmtRecipe.AU6.start();
        VelocityVerlet md = new VelocityVerlet(new Emt(), au6, initialVelocities(), 1.0);
        md.run(100);
        assertTrajectory(md, 4.268888163182972, VERLET_POSITIONS, VERLET_VELOCITIES);
    }

    @Test
    void langevinAtZeroKelvinFollowsAse() {
        Structure au6 = EmtRecipe.AU6.start();
        Langevin md = new Langevin(new Emt(), au6, initialVelocities(), 1.0, 0, 0.02, 1, null);
        md.run(100);
        assertTrajectory(md, 4.326771349830075, LANGEVIN_POSITIONS, LANGEVIN_VELOCITIES);
    }

    private static void assertTrajectory(Dynamics md, double energy, double[] positions, double[] velocities) {
        assertEquals(energy, md.potentialEnergy(), 1e-7);
        double[] r = md.structure().positions(), v = md.velocities();
        for (int k = 0; k < 18; k++) {
            assertEquals(positions[k], r[k], 2e-8, "position " + k);
            assertEquals(velocities[k], v[k], 1e-8, "velocity " + k);
        }
    }
}
