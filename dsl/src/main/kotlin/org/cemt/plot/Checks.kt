package org.cemt.plot

import org.cemt.core.InputException

// Boundary checks shared by the renderers; messages follow STYLE.md §3 (`where: field: expected …, found …`).

internal fun checkSize(where: String, field: String, values: DoubleArray, expected: Int, what: String) {
    if (values.size != expected) {
        throw InputException.of(where, field, "$expected values ($what)", values.size)
    }
}

internal fun checkFinite(where: String, field: String, values: DoubleArray) {
    for (i in values.indices) {
        if (!values[i].isFinite()) {
            throw InputException.of(where, "$field[$i]", "a finite number", values[i])
        }
    }
}

/** A value drawn on a log axis must be positive. */
internal fun checkPositive(where: String, field: String, value: Double) {
    if (!(value > 0.0 && value.isFinite())) {
        throw InputException.of(where, field, "a positive finite number (log axis)", value)
    }
}

internal fun checkNotEmpty(where: String, field: String, size: Int) {
    if (size == 0) {
        throw InputException.of(where, field, "at least one value", "none")
    }
}
