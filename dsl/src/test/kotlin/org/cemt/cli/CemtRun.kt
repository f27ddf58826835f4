package org.cemt.cli

import java.io.PrintWriter
import java.io.StringWriter

/** What one in-process `cemt` run gave: its exit code and everything it printed to out and err. */
internal data class CemtRun(val code: Int, val out: String, val err: String)

/** Runs `cemt args…` in-process through [Main.commandLine], capturing out and err; the CLI tests' one runner. */
internal fun cemt(vararg args: String): CemtRun {
    val out = StringWriter()
    val err = StringWriter()
    val cl = Main.commandLine()
    cl.out = PrintWriter(out, true)
    cl.err = PrintWriter(err, true)
    val code = cl.execute(*args)
    return CemtRun(code, out.toString(), err.toString())
}
