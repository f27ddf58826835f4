package org.cemt.core;

/** A run gone wrong on valid input, e.g. a NaN energy at MD step 3120 or a diverging optimiser. */
public class ComputationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ComputationException(String message) {
        super(message);
    }

    public ComputationException(String message, Throwable cause) {
        super(message, cause);
    }
}
