package org.cemt.refpoint;

/**
 * The smooth switch of the opt-in smooth sets: s(d) = 1 for d ≤ cut − width, 0 for d ≥ cut, and between them
 * 1 − (10x³ − 15x⁴ + 6x⁵) with x = (d − cut + width)/width, so s, s′ and s″ are continuous everywhere.
 * A width of 0 is the hard rule s = [d < cut].
 */
final class Switch {
    private Switch() {
    }

    static double value(double d, double cut, double width) {
        if (d >= cut) {
            return 0;
        }
        double x = (d - cut + width) / width;
        if (width <= 0 || x <= 0) {
            return 1;
        }
        return 1 - x * x * x * (10 - 15 * x + 6 * x * x);
    }

    /** ds/dd, Å⁻¹. */
    static double derivative(double d, double cut, double width) {
        if (width <= 0 || d >= cut) {
            return 0;
        }
        double x = (d - cut + width) / width;
        if (x <= 0) {
            return 0;
        }
        double y = 1 - x;
        return -30 * x * x * y * y / width;
    }
}
