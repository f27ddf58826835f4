package org.cemt.cli

import org.cemt.refpoint.RefPointSpec
import picocli.CommandLine

/**
 * `--points SET` for any command: `atoms`, `heavy`, `bonds[:CUTOFF]`, `grid[:SPACING[:CUT]]`,
 * `grid-aug[:SPACING[:CUT]]`, `file:PATH`, `+`-joined, `FACTOR*` and `:smooth=WIDTH` (RefPointSpec's syntax;
 * parsing and errors live there). Files resolve against the working directory.
 */
class PointsConverter : CommandLine.ITypeConverter<RefPointSpec> {
    override fun convert(value: String): RefPointSpec = try {
        RefPointSpec.parse(value)
    } catch (e: org.cemt.core.InputException) {
        throw CommandLine.TypeConversionException(e.message) // picocli: usage error, exit code 2
    }
}
