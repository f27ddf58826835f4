package org.cemt.gallery

import java.nio.file.Files
import java.nio.file.Path
import org.cemt.core.InputException
import org.cemt.md.generate.Alloys
import org.cemt.md.generate.EmtRecipe
import org.cemt.md.generate.GenerateOptions
import org.cemt.structure.Structure
import org.cemt.structure.io.ExtXyz

/**
 * The gallery's data sets. The xtb sets (molecules, aspirin MD) are read from `../shared/data/` beside the
 * repository root (or `$CEMT_SHARED/data/`), else from `data/` in the repository as written by
 * `cemt generate molecules|md`; the EMT sets (alloys, Au6) are generated on the spot, seeded.
 */
object GalleryData {
    /** GFN2-xTB molecules in the spirit of QM9 (C, H, N, O, F; up to 9 heavy atoms): the first [n] frames (shared: 958). */
    fun molecules(n: Int): List<Structure> =
        first(xtbSet("molecules-xtb-train.extxyz", "molecules.extxyz", "cemt generate molecules"), n)

    /** The GFN2-xTB aspirin MD trajectory (the MD17 idea): [n] frames spread over the whole trajectory. */
    fun aspirin(n: Int): List<Structure> {
        val all = ExtXyz.read(xtbSet("aspirin-xtb-train.extxyz", "aspirin-md.extxyz", "cemt generate md --calc xtb"))
        if (all.size < n) {
            throw InputException.of("gallery: aspirin MD", "frames", "at least $n", all.size)
        }
        return List(n) { all[it * all.size / n] }
    }

    /** [n] EMT alloy cells (fcc/bcc/hcp of Ni, Cu, Pd, Ag, Pt, Au, Al), seeded. */
    fun alloys(n: Int, seed: Long = 7): List<Structure> = List(n) { Alloys.frame(seed, it) }

    /** [n] frames of the Au6 EMT MD set of seed paper 002 (300 K, one frame every 50 fs). */
    fun au6(n: Int): List<Structure> {
        val out = ArrayList<Structure>(n)
        EmtRecipe.AU6.generate(GenerateOptions.defaults().withFrames(n)) { out.add(it) }
        return out
    }

    /** The repository root: the nearest folder above the working directory holding runtime/pom.xml. */
    fun repoRoot(): Path {
        var p: Path? = Path.of("").toAbsolutePath()
        while (p != null && !Files.exists(p.resolve("runtime/pom.xml"))) {
            p = p.parent
        }
        return p ?: throw InputException.of("gallery", "working directory", "a folder inside the cemt repository",
            Path.of("").toAbsolutePath())
    }

    private fun xtbSet(sharedName: String, localName: String, generate: String): Path {
        val env = System.getenv("CEMT_SHARED")
        val shared = (if (env != null) Path.of(env) else repoRoot().resolveSibling("shared")).resolve("data/$sharedName")
        if (Files.isRegularFile(shared)) {
            return shared
        }
        val local = repoRoot().resolve("data/$localName")
        if (Files.isRegularFile(local)) {
            return local
        }
        throw InputException.of("gallery", "data", "$shared or $local (make it with `$generate -o data/$localName`;" +
            " needs Debian's xtb and openbabel: apt-get install xtb openbabel)", "neither")
    }

    private fun first(file: Path, n: Int): List<Structure> {
        val out = ArrayList<Structure>(n)
        ExtXyz.open(file).use { r ->
            while (out.size < n && r.hasNext()) {
                out.add(r.next())
            }
        }
        if (out.size < n) {
            throw InputException.of("gallery: $file", "frames", "at least $n", out.size)
        }
        return out
    }
}
