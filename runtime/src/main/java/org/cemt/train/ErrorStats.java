package org.cemt.train;

/**
 * Running error statistics of predictions against references: count, mean absolute error, root-mean-square error and
 * maximum absolute error. One owner; {@link #add} per value.
 */
public final class ErrorStats {
    private long n;
    private double sumAbs;
    private double sumSq;
    private double max;

    /** Adds one error (prediction − reference). */
    public void add(double error) {
        double a = Math.abs(error);
        n++;
        sumAbs += a;
        sumSq += a * a;
        if (a > max) {
            max = a;
        }
    }

    public long count() {
        return n;
    }

    public double mae() {
        return n == 0 ? Double.NaN : sumAbs / n;
    }

    public double rmse() {
        return n == 0 ? Double.NaN : Math.sqrt(sumSq / n);
    }

    public double max() {
        return n == 0 ? Double.NaN : max;
    }

    @Override
    public String toString() {
        return String.format("MAE %.6g, RMSE %.6g, max %.6g (n = %d)", mae(), rmse(), max(), n);
    }
}
