package org.cemt.md;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cemt.core.InputException;

/**
 * Observers called every {@code interval} steps, as ASE's {@code attach(function, interval)}: the one bookkeeping
 * shared by {@link Dynamics} and the relaxation optimisers. One owner; not thread-safe.
 *
 * @param <T> what an observer is shown (the integrator or optimiser itself)
 */
public final class Observers<T> {
    private final String owner;
    private final List<Consumer<T>> observers = new ArrayList<>();
    private final List<Integer> intervals = new ArrayList<>();

    /** {@code owner} names the integrator or optimiser in error messages. */
    public Observers(String owner) {
        this.owner = owner;
    }

    /** Adds an observer called whenever steps % interval == 0 (interval ≥ 1). */
    public void attach(Consumer<T> observer, int interval) {
        if (interval < 1) {
            throw InputException.of(owner, "observer interval", "at least 1 step", interval);
        }
        observers.add(observer);
        intervals.add(interval);
    }

    /** Calls every observer due at this step count, in the order attached. */
    public void notify(T subject, long steps) {
        for (int k = 0; k < observers.size(); k++) {
            if (steps % intervals.get(k) == 0) {
                observers.get(k).accept(subject);
            }
        }
    }
}
