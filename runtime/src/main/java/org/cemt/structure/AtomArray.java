package org.cemt.structure;

import java.util.Arrays;
import org.cemt.core.InputException;

/**
 * A named per-atom column, as extended XYZ's {@code Properties} declares them: type S (string), R (real), I (integer)
 * or L (logical), and a width (values per atom). Data flat [width*atom + k]. Immutable; arrays are copied in and out.
 */
public final class AtomArray {
    /** Column types of extended XYZ. */
    public enum Type { S, R, I, L }

    private final String name;
    private final Type type;
    private final int width;
    private final Object data; // String[] | double[] | long[] | boolean[]

    private AtomArray(String name, Type type, int width, Object data) {
        if (name.isEmpty() || width < 1) {
            throw new InputException("per-atom array: expected a name and width ≥ 1, found '" + name + "', " + width);
        }
        this.name = name;
        this.type = type;
        this.width = width;
        this.data = data;
    }

    public static AtomArray reals(String name, int width, double[] values) {
        return new AtomArray(name, Type.R, width, values.clone());
    }

    public static AtomArray ints(String name, int width, long[] values) {
        return new AtomArray(name, Type.I, width, values.clone());
    }

    public static AtomArray logicals(String name, int width, boolean[] values) {
        return new AtomArray(name, Type.L, width, values.clone());
    }

    public static AtomArray strings(String name, int width, String[] values) {
        return new AtomArray(name, Type.S, width, values.clone());
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public int width() {
        return width;
    }

    /** Number of atoms covered. */
    public int atoms() {
        int n = switch (type) {
            case S -> ((String[]) data).length;
            case R -> ((double[]) data).length;
            case I -> ((long[]) data).length;
            case L -> ((boolean[]) data).length;
        };
        return n / width;
    }

    /** Real data (copy); throws if the column is not of type R. */
    public double[] reals() {
        return ((double[]) requireType(Type.R)).clone();
    }

    public long[] ints() {
        return ((long[]) requireType(Type.I)).clone();
    }

    public boolean[] logicals() {
        return ((boolean[]) requireType(Type.L)).clone();
    }

    public String[] strings() {
        return ((String[]) requireType(Type.S)).clone();
    }

    /** Value {@code k} of {@code atom} of a real column, without copying. */
    public double real(int atom, int k) {
        return ((double[]) requireType(Type.R))[width * atom + k];
    }

    /** The same column restricted to the given atoms, in that order. */
    AtomArray select(int[] atoms) {
        return switch (type) {
            case S -> new AtomArray(name, type, width, pick((String[]) data, atoms));
            case R -> new AtomArray(name, type, width, pickD((double[]) data, atoms));
            case I -> new AtomArray(name, type, width, pickL((long[]) data, atoms));
            case L -> new AtomArray(name, type, width, pickB((boolean[]) data, atoms));
        };
    }

    private String[] pick(String[] src, int[] atoms) {
        String[] out = new String[atoms.length * width];
        for (int i = 0; i < atoms.length; i++) {
            System.arraycopy(src, atoms[i] * width, out, i * width, width);
        }
        return out;
    }

    private double[] pickD(double[] src, int[] atoms) {
        double[] out = new double[atoms.length * width];
        for (int i = 0; i < atoms.length; i++) {
            System.arraycopy(src, atoms[i] * width, out, i * width, width);
        }
        return out;
    }

    private long[] pickL(long[] src, int[] atoms) {
        long[] out = new long[atoms.length * width];
        for (int i = 0; i < atoms.length; i++) {
            System.arraycopy(src, atoms[i] * width, out, i * width, width);
        }
        return out;
    }

    private boolean[] pickB(boolean[] src, int[] atoms) {
        boolean[] out = new boolean[atoms.length * width];
        for (int i = 0; i < atoms.length; i++) {
            System.arraycopy(src, atoms[i] * width, out, i * width, width);
        }
        return out;
    }

    private Object requireType(Type t) {
        if (type != t) {
            throw new InputException("per-atom array " + name + ": expected type " + t + ", found " + type);
        }
        return data;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AtomArray a) || !a.name.equals(name) || a.type != type || a.width != width) {
            return false;
        }
        return switch (type) {
            case S -> Arrays.equals((String[]) data, (String[]) a.data);
            case R -> Arrays.equals((double[]) data, (double[]) a.data);
            case I -> Arrays.equals((long[]) data, (long[]) a.data);
            case L -> Arrays.equals((boolean[]) data, (boolean[]) a.data);
        };
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + width;
    }
}
