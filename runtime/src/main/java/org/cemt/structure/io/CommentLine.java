package org.cemt.structure.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cemt.core.InputException;

/**
 * The key=value pairs of an extended XYZ comment line, as ASE's {@code key_val_str_to_dict} reads them: pairs
 * separated by blanks, a pair split at its FIRST '=' (so {@code smiles=CC1=NCCO1} keeps the whole SMILES), values
 * unquoted (up to the next blank) or in double quotes (with {@code \"} and {@code \\} escapes), a bare key meaning
 * "T". Values are kept as text, in order of appearance; a repeated key keeps its last value.
 */
final class CommentLine {
    private CommentLine() {
    }

    /** Parses {@code line}; {@code where} ("file:line") prefixes any error. */
    static Map<String, String> parse(String line, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = line.length();
        int i = 0;
        StringBuilder sb = new StringBuilder();
        while (true) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            int k0 = i;
            while (i < n && !isBlank(line.charAt(i)) && line.charAt(i) != '=') {
                i++;
            }
            String key = line.substring(k0, i);
            if (key.isEmpty()) {
                throw InputException.of(where, "comment line", "key=value pairs", "'=' without a key at column "
                    + (i + 1));
            }
            int j = i;
            while (j < n && isBlank(line.charAt(j))) {
                j++;
            }
            if (j >= n || line.charAt(j) != '=') {
                out.put(key, "T"); // a bare key is a true flag (ASE)
                continue;
            }
            i = j + 1;
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                sb.setLength(0);
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '\\' && i < n) {
                        sb.append(line.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        sb.append(c);
                    }
                }
                if (!closed) {
                    throw InputException.of(where, key, "a closing '\"'", "end of line");
                }
                out.put(key, sb.toString());
            } else {
                int v0 = i;
                while (i < n && !isBlank(line.charAt(i))) {
                    i++;
                }
                out.put(key, line.substring(v0, i));
            }
        }
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    /** A value as written: bare when it has no blank, quote or backslash and is not empty, else quoted. */
    static void appendValue(StringBuilder sb, String value) {
        boolean bare = !value.isEmpty();
        for (int i = 0; i < value.length() && bare; i++) {
            char c = value.charAt(i);
            bare = !isBlank(c) && c != '"' && c != '\\' && c != '\n';
        }
        if (bare) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                throw InputException.of("extxyz writer", "info value", "a single line", "a line break");
            }
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
