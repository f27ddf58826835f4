package org.cemt.model;

import java.util.ArrayList;
import java.util.List;
import org.cemt.core.InputException;

/**
 * The one-line text form of a model, as on the design card:
 * {@code model < refPoints = grid(0.3) ; gmp(sigmas = [0.1, 0.2], orders = [-1, 0, 1]) ; snn(128, 64) >}.
 * This class only parses the syntax into statements; {@link ModelSpec#parse} gives them meaning. Grammar:
 * <pre>
 *   spec      := 'model' '&lt;' statement (';' statement)* ';'? '&gt;'
 *   statement := NAME '=' expr | NAME '(' args? ')'
 *   args      := arg (',' arg)*        arg := (NAME '=')? expr
 *   expr      := term ('+' term)*      term := NUMBER | STRING | '[' (expr (',' expr)*)? ']' | NAME ('(' args? ')')?
 * </pre>
 * Errors name the column: {@code model spec: column 17: expected ')', found ';'}.
 */
public final class SpecText {
    /** An expression; {@code column} is 1-based. */
    public sealed interface Expr permits Num, Str, Name, Call, ListOf, Sum {
        int column();
    }

    public record Num(double value, String text, int column) implements Expr {
    }

    public record Str(String value, int column) implements Expr {
    }

    public record Name(String name, int column) implements Expr {
    }

    public record ListOf(List<Expr> items, int column) implements Expr {
    }

    public record Sum(List<Expr> terms, int column) implements Expr {
    }

    public record Call(String name, List<Arg> args, int column) implements Expr {
    }

    /** A call argument, positional ({@code name == null}) or named. */
    public record Arg(String name, Expr value, int column) {
    }

    /** {@code name = value} or a call statement {@code name(args)} (value is then the call). */
    public record Statement(String name, Expr value, boolean assignment, int column) {
    }

    private final String text;
    private int pos;

    private SpecText(String text) {
        this.text = text;
    }

    /** Parses the text form into statements, in order. */
    public static List<Statement> parse(String text) {
        SpecText p = new SpecText(text);
        p.skip();
        p.keyword("model");
        p.expect('<');
        List<Statement> out = new ArrayList<>();
        while (true) {
            p.skip();
            if (p.peek() == '>') {
                p.pos++;
                break;
            }
            out.add(p.statement());
            p.skip();
            char c = p.peek();
            if (c == ';') {
                p.pos++;
            } else if (c != '>') {
                throw p.error("';' or '>'");
            }
        }
        p.skip();
        if (p.pos != text.length()) {
            throw p.error("end of text");
        }
        return out;
    }

    private Statement statement() {
        int col = pos + 1;
        String name = name();
        skip();
        if (peek() == '=') {
            pos++;
            return new Statement(name, expr(), true, col);
        }
        if (peek() == '(') {
            return new Statement(name, new Call(name, args(), col), false, col);
        }
        throw error("'=' or '('");
    }

    private List<Arg> args() {
        expect('(');
        List<Arg> out = new ArrayList<>();
        skip();
        if (peek() == ')') {
            pos++;
            return out;
        }
        while (true) {
            skip();
            int col = pos + 1;
            String argName = null;
            int save = pos;
            if (Character.isLetter(peek())) {
                String n = name();
                skip();
                if (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                    argName = n;
                } else {
                    pos = save;
                }
            }
            out.add(new Arg(argName, expr(), col));
            skip();
            char c = peek();
            pos++;
            if (c == ')') {
                return out;
            }
            if (c != ',') {
                pos--;
                throw error("',' or ')'");
            }
        }
    }

    private Expr expr() {
        skip();
        int col = pos + 1;
        List<Expr> terms = new ArrayList<>();
        terms.add(term());
        skip();
        while (pos < text.length() && text.charAt(pos) == '+') {
            pos++;
            terms.add(term());
            skip();
        }
        return terms.size() == 1 ? terms.get(0) : new Sum(terms, col);
    }

    private Expr term() {
        skip();
        int col = pos + 1;
        char c = peek();
        if (c == '[') {
            pos++;
            List<Expr> items = new ArrayList<>();
            skip();
            if (peek() == ']') {
                pos++;
                return new ListOf(items, col);
            }
            while (true) {
                items.add(expr());
                skip();
                char d = peek();
                pos++;
                if (d == ']') {
                    return new ListOf(items, col);
                }
                if (d != ',') {
                    pos--;
                    throw error("',' or ']'");
                }
            }
        }
        if (c == '"') {
            pos++;
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != '"') {
                pos++;
            }
            if (pos >= text.length()) {
                throw error("a closing '\"'");
            }
            return new Str(text.substring(start, pos++), col);
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            int start = pos;
            pos++;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || ".eE".indexOf(text.charAt(pos)) >= 0
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+')
                && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
                pos++;
            }
            String s = text.substring(start, pos);
            try {
                return new Num(Double.parseDouble(s), s, col);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("a number");
            }
        }
        if (Character.isLetter(c)) {
            String n = name();
            skip();
            if (pos < text.length() && text.charAt(pos) == '(') {
                return new Call(n, args(), col);
            }
            return new Name(n, col);
        }
        throw error("a number, a name, a list or a string");
    }

    private String name() {
        skip();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
            || text.charAt(pos) == '-' && pos > start && Character.isLetter(text.charAt(pos - 1)))) {
            pos++;
        }
        if (start == pos) {
            throw error("a name");
        }
        return text.substring(start, pos);
    }

    private void keyword(String word) {
        if (!text.startsWith(word, pos)) {
            throw error("'" + word + "'");
        }
        pos += word.length();
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("more text");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        skip();
        if (peek() != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private InputException error(String expected) {
        String found = pos >= text.length() ? "end of text" : "'" + text.charAt(pos) + "'";
        return column(pos + 1, "expected " + expected + ", found " + found);
    }

    /** An error at a 1-based column of the text form. */
    public static InputException column(int column, String message) {
        return new InputException("model spec: column " + column + ": " + message);
    }
}
