package org.cemt.md.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cemt.core.InputException;

/**
 * A small SMILES reader (Weininger, JCICS 28, 31 (1988); OpenSMILES) for the molecule list: organic-subset atoms
 * C N O F and aromatic c n o, bracket atoms such as [nH] (no charges, isotopes or chirality), bonds - = #, branches
 * and ring closures 1–9. It yields the heavy-atom graph, implicit hydrogens (default valences C 4, N 3, O 2, F 1;
 * an aromatic atom with a unit to spare puts it in the π system) and a Weisfeiler–Lehman hash of the graph, so two spellings
 * of one molecule are recognised as duplicates. Not a general parser: stereo marks, charges and other elements are
 * refused with an InputException naming the SMILES and the position.
 */
public final class Smiles {
    private static final Map<Character, Integer> VALENCE = Map.of('C', 4, 'N', 3, 'O', 2, 'F', 1);

    private final String text;
    private final List<Character> element = new ArrayList<>(); // upper case
    private final List<Boolean> aromatic = new ArrayList<>();
    private final List<Integer> explicitH = new ArrayList<>(); // -1: implicit
    private final List<int[]> bonds = new ArrayList<>(); // {i, j, order}; order 0 = aromatic

    private Smiles(String text) {
        this.text = text;
    }

    /** Parses {@code smiles}; InputException on anything outside the subset above. */
    public static Smiles parse(String smiles) {
        Smiles s = new Smiles(smiles);
        s.read();
        return s;
    }

    private InputException error(int pos, String expected, String found) {
        return InputException.of("SMILES '" + text + "'", "position " + (pos + 1), expected, found);
    }

    private void read() {
        Deque<Integer> branch = new ArrayDeque<>();
        Map<Integer, int[]> rings = new HashMap<>(); // digit -> {atom, order}
        int prev = -1, order = -1;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '(') {
                if (prev < 0) {
                    throw error(p, "an atom before '('", "'('");
                }
                branch.push(prev);
            } else if (c == ')') {
                if (branch.isEmpty()) {
                    throw error(p, "a matching '('", "')'");
                }
                prev = branch.pop();
            } else if (c == '-' || c == '=' || c == '#') {
                order = c == '-' ? 1 : c == '=' ? 2 : 3;
            } else if (Character.isDigit(c)) {
                int d = c - '0';
                int[] open = rings.remove(d);
                if (prev < 0) {
                    throw error(p, "an atom before a ring closure", "'" + c + "'");
                }
                if (open == null) {
                    rings.put(d, new int[] {prev, order});
                } else {
                    int o = order >= 0 ? order : open[1];
                    addBond(open[0], prev, o);
                }
                order = -1;
            } else {
                int atom;
                if (c == '[') {
                    int end = text.indexOf(']', p);
                    if (end < 0) {
                        throw error(p, "a closing ']'", "none");
                    }
                    atom = bracket(text.substring(p + 1, end), p);
                    p = end;
                } else if ("CNOFcno".indexOf(c) >= 0) {
                    atom = addAtom(Character.toUpperCase(c), Character.isLowerCase(c), -1);
                } else {
                    throw error(p, "one of C N O F c n o [ ] ( ) - = # 1-9", "'" + c + "'");
                }
                if (prev >= 0) {
                    addBond(prev, atom, order);
                }
                prev = atom;
                order = -1;
            }
        }
        if (!branch.isEmpty() || !rings.isEmpty() || order >= 0 || element.isEmpty()) {
            throw error(text.length() - 1, "balanced branches, closed rings and a final atom", "an open end");
        }
        for (int i = 0; i < size(); i++) {
            if (hydrogens(i) < 0) {
                throw error(0, "at most valence " + VALENCE.get(element.get(i)) + " at atom " + (i + 1),
                    element.get(i) + " with " + (-hydrogens(i)) + " too many bonds");
            }
        }
    }

    private int bracket(String body, int pos) {
        if (body.isEmpty() || "CNOFcno".indexOf(body.charAt(0)) < 0) {
            throw error(pos, "a bracket atom of C N O F c n o", "'[" + body + "]'");
        }
        String rest = body.substring(1);
        int h;
        if (rest.isEmpty()) {
            h = 0;
        } else if (rest.equals("H")) {
            h = 1;
        } else if (rest.matches("H[0-4]")) {
            h = rest.charAt(1) - '0';
        } else {
            throw error(pos, "a neutral bracket atom with H count", "'[" + body + "]'");
        }
        char c = body.charAt(0);
        return addAtom(Character.toUpperCase(c), Character.isLowerCase(c), h);
    }

    private int addAtom(char e, boolean arom, int h) {
        element.add(e);
        aromatic.add(arom);
        explicitH.add(h);
        return element.size() - 1;
    }

    private void addBond(int i, int j, int order) {
        if (i == j) {
            throw error(0, "a ring closure between two atoms", "a bond of atom " + (i + 1) + " to itself");
        }
        int o = order >= 0 ? order : (aromatic.get(i) && aromatic.get(j) ? 0 : 1);
        bonds.add(new int[] {i, j, o});
    }

    /** Heavy (non-hydrogen) atoms. */
    public int size() {
        return element.size();
    }

    /** Element symbol of heavy atom i (C, N, O, F). */
    public String symbol(int i) {
        return String.valueOf(element.get(i));
    }

    /** Hydrogens on heavy atom i: explicit in brackets, else default valence minus bond orders (negative: overfull). */
    public int hydrogens(int i) {
        if (explicitH.get(i) >= 0) {
            return explicitH.get(i);
        }
        int used = 0;
        for (int[] b : bonds) {
            if (b[0] == i || b[1] == i) {
                used += b[2] == 0 ? 1 : b[2];
            }
        }
        int valence = VALENCE.get(element.get(i));
        // an aromatic atom with a valence unit to spare puts it in the π system (c, pyridine n); one without
        // (furan o, N-substituted pyrrole n) gives a lone pair instead
        if (aromatic.get(i) && used < valence) {
            used++;
        }
        return valence - used;
    }

    /** Hill formula (C, H, then alphabetical), e.g. C9H8O4. */
    public String formula() {
        Map<String, Integer> counts = new TreeMap<>();
        int h = 0;
        for (int i = 0; i < size(); i++) {
            counts.merge(symbol(i), 1, Integer::sum);
            h += hydrogens(i);
        }
        StringBuilder sb = new StringBuilder();
        Integer c = counts.remove("C");
        if (c != null) {
            sb.append('C').append(c == 1 ? "" : c);
            if (h > 0) {
                sb.append('H').append(h == 1 ? "" : h);
            }
        } else if (h > 0) {
            counts.put("H", h);
        }
        counts.forEach((e, n) -> sb.append(e).append(n == 1 ? "" : n));
        return sb.toString();
    }

    /** True if every heavy atom is bonded to the first one through some path (one molecule). */
    public boolean isConnected() {
        boolean[] seen = new boolean[size()];
        Deque<Integer> todo = new ArrayDeque<>(List.of(0));
        seen[0] = true;
        int count = 1;
        while (!todo.isEmpty()) {
            int a = todo.pop();
            for (int[] b : bonds) {
                int other = b[0] == a ? b[1] : b[1] == a ? b[0] : -1;
                if (other >= 0 && !seen[other]) {
                    seen[other] = true;
                    count++;
                    todo.push(other);
                }
            }
        }
        return count == size();
    }

    /**
     * A Weisfeiler–Lehman hash of the heavy-atom graph (labels: element, aromaticity, H count; bond orders), four
     * rounds: equal for two spellings of one molecule, different for almost all distinct small molecules.
     */
    public String graphHash() {
        int n = size();
        String[] label = new String[n];
        for (int i = 0; i < n; i++) {
            label[i] = element.get(i) + (aromatic.get(i) ? "a" : "") + hydrogens(i);
        }
        for (int round = 0; round < 4; round++) {
            String[] next = new String[n];
            for (int i = 0; i < n; i++) {
                List<String> around = new ArrayList<>();
                for (int[] b : bonds) {
                    if (b[0] == i) {
                        around.add(b[2] + label[b[1]]);
                    } else if (b[1] == i) {
                        around.add(b[2] + label[b[0]]);
                    }
                }
                around.sort(null);
                next[i] = Integer.toHexString((label[i] + around).hashCode());
            }
            label = next;
        }
        String[] sorted = label.clone();
        Arrays.sort(sorted);
        return formula() + ":" + Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return text;
    }
}
