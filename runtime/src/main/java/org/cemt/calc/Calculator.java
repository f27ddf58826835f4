package org.cemt.calc;

import org.cemt.structure.Structure;

/**
 * Energy and forces (and, for a fully periodic cell, stress) of a structure: one method over an immutable value,
 * as ASE's {@code BaseCalculator.get_property} reduced to what cemt uses. Implementations throw
 * {@link org.cemt.core.InputException} for a structure they cannot handle (an element without parameters) and
 * {@link org.cemt.core.ComputationException} for a run gone wrong.
 */
public interface Calculator {
    /** Energy (eV), forces (eV/Å) and, where defined, stress (eV/Å³) of {@code s}. */
    Calculation calculate(Structure s);
}
