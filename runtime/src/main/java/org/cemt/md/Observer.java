package org.cemt.md;

/**
 * Something called by a {@link Dynamics} every {@code interval} steps (and at step 0), as ASE's
 * {@code Dynamics.attach}: a trajectory writer, a logger, a progress bar. It may read the dynamics, not change it.
 */
@FunctionalInterface
public interface Observer {
    void observe(Dynamics md);
}
