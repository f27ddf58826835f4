package org.cemt.md.generate;

import org.cemt.core.InputException;

/**
 * How long and how hot an EMT data set is made: frames to record, one every {@code interval} steps of
 * {@code timestep} fs, starting from Maxwell–Boltzmann velocities at temperatureK drawn from {@code seed}. Defaults
 * are the Au6 recipe of the seed paper (002, section 2): 2,500 frames, every 50 steps of 1 fs, 300 K. Immutable;
 * each {@code with} validates and returns a new value.
 */
public final class GenerateOptions {
    private final int frames;
    private final double temperatureK;
    private final long seed;
    private final int interval;
    private final double timestep;

    private GenerateOptions(int frames, double temperatureK, long seed, int interval, double timestep) {
        this.frames = frames;
        this.temperatureK = temperatureK;
        this.seed = seed;
        this.interval = interval;
        this.timestep = timestep;
    }

    /** 2,500 frames, 300 K, seed 42, every 50 steps, 1 fs. */
    public static GenerateOptions defaults() {
        return new GenerateOptions(2500, 300, 42, 50, 1.0);
    }

    public GenerateOptions withFrames(int n) {
        if (n < 1) {
            throw InputException.of("generate", "frames", "at least 1", n);
        }
        return new GenerateOptions(n, temperatureK, seed, interval, timestep);
    }

    public GenerateOptions withTemperatureK(double t) {
        if (!(t >= 0) || !Double.isFinite(t)) {
            throw InputException.of("generate", "temperature", "a non-negative number of K", t);
        }
        return new GenerateOptions(frames, t, seed, interval, timestep);
    }

    public GenerateOptions withSeed(long s) {
        return new GenerateOptions(frames, temperatureK, s, interval, timestep);
    }

    public GenerateOptions withInterval(int steps) {
        if (steps < 1) {
            throw InputException.of("generate", "interval", "at least 1 step", steps);
        }
        return new GenerateOptions(frames, temperatureK, seed, steps, timestep);
    }

    /** Time step, fs. */
    public GenerateOptions withTimestep(double fs) {
        if (!(fs > 0) || !Double.isFinite(fs)) {
            throw InputException.of("generate", "timestep", "a positive number of fs", fs);
        }
        return new GenerateOptions(frames, temperatureK, seed, interval, fs);
    }

    public int frames() {
        return frames;
    }

    public double temperatureK() {
        return temperatureK;
    }

    public long seed() {
        return seed;
    }

    public int interval() {
        return interval;
    }

    public double timestep() {
        return timestep;
    }

    /** MD steps the run takes: the first frame is the start, the last is recorded at (frames − 1)·interval. */
    public long steps() {
        return (long) (frames - 1) * interval;
    }

    @Override
    public String toString() {
        return frames + " frames every " + interval + " steps of " + timestep + " fs at " + temperatureK + " K, seed "
            + seed;
    }
}
