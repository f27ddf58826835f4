package org.cemt.gallery

import java.nio.file.Path

/** How big a gallery run is: [QUICK] proves the pipeline in seconds (tiny sets, few epochs); [FULL] is the paper's. */
enum class Mode { QUICK, FULL }

/**
 * One figure of the papers, regenerated from our own code. [run] writes `<name>.png`, `<name>.svg` and
 * `<name>.csv` (header [columns]) into its folder, atomically, and returns what it wrote. Figures whose paper printed
 * numbers ([paperTable]) put the paper's values beside ours in columns named `paper_…` and `ours_…`.
 */
interface GalleryFigure {
    /** File and command-line name, e.g. `cemt-fig2`. */
    val name: String

    /** The paper and figure or table reproduced, e.g. "CEMT paper (seed 000), Fig. 2". */
    val reference: String

    /** What the figure shows, one sentence. */
    val shows: String

    /** The data the figure needs, one phrase. */
    val data: String

    /** FULL-mode wall time on the 2-core machine, as measured by the committed run, e.g. "19 min (measured: …)". */
    val fullRunTime: String

    /** Header of `<name>.csv`. */
    val columns: List<String>

    /** True when the CSV holds the paper's printed numbers beside ours. */
    val paperTable: Boolean get() = false

    /** Computes and writes the figure into [outDir] (created if needed); returns the files written. */
    fun run(mode: Mode, outDir: Path): List<Written>
}

/** A file the gallery wrote: its path, and for PNGs the pixel size drawn. */
data class Written(val path: Path, val width: Int = 0, val height: Int = 0)
