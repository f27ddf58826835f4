package org.cemt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cemt.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A user's typo ends as one line on stderr and exit code 2, naming what was wrong — never the usage dump. */
class CommandLineErrorsTest {
    private static String[] run(String... args) {
        CommandLine cl = Main.INSTANCE.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void unknownOptionIsOneLine() {
        String[] r = run("info", "--frobnicate", "x.extxyz");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].startsWith("cemt: error: Unknown option: '--frobnicate'"), r[2]);
        assertTrue(r[2].strip().endsWith("(see 'cemt info --help')"), r[2]);
    }

    @Test
    void badPointSetIsOneLineNamingThePart() {
        String[] r = run("points", "data.extxyz", "--points", "atoms+bond");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
        assertTrue(r[2].contains("'bond'"), r[2]);
    }

    @Test
    void unknownCommandIsOneLine() {
        String[] r = run("trian");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].strip().lines().count(), r[2]);
    }
}
