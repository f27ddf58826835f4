package org.cemt.core;

/**
 * Bad input: a file, a field, an argument that does not hold what was expected. The message has one shape,
 * {@code where: field: expected …, found …}, e.g. {@code au6.extxyz:17: forces: expected 3 reals, found 2}.
 * Thrown at the boundary (readers, constructors, spec builders); kernels trust their inputs.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code where: field: expected EXPECTED, found FOUND}. */
    public static InputException of(String where, String field, String expected, Object found) {
        return new InputException(where + ": " + field + ": expected " + expected + ", found " + found);
    }
}
