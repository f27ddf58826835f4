package org.cemt.cli

import org.cemt.refpoint.RefPointSpec
import picocli.CommandLine

/**
 * `--points SET` for any command: `atoms`, `heavy`, `bonds[:CUTOFF]`, `grid[:SPACING[:CUT]]`,
 * `grid-aug[:SPACING[:CUT]]`, `file:PATH` or the path of an existing points file, `+`-joined, `FACTOR*` and
 * `:smooth=WIDTH` (RefPointSpec's syntax; parsing and errors live there). Files resolve against the working
 * directory. A bad value's InputException reaches picocli as the cause of its usage error, which
 * [Main.commandLine] prints as that one line (exit code 2).
 */
class PointsConverter : CommandLine.ITypeConverter<RefPointSpec> {
    override fun convert(value: String): RefPointSpec = RefPointSpec.parse(value)
}
