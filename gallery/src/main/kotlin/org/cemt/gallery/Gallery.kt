package org.cemt.gallery

import org.cemt.core.InputException

/** Every figure of the gallery, in the papers' order. */
object Gallery {
    val figures: List<GalleryFigure> = listOf(
        CemtFig1ReferencePoints, CemtFig2ForceSweep, CemtFig3aLearningCurves, CemtFig3bPredictionCost,
        CemtFig4AlloyCurves, CemtFigS2PointCounts,
        GmpTable6Convergence, GmpFig4ForceSweep, GmpFig5aFeatureSets,
        Seed002Au6Shapes,
    )

    /** The figures named [name] (`all` for every one), or an InputException listing the names. */
    fun select(name: String): List<GalleryFigure> {
        if (name == "all") {
            return figures
        }
        val f = figures.firstOrNull { it.name == name }
            ?: throw InputException.of("cemt gallery", "figure", "all or one of " +
                figures.joinToString(", ") { it.name }, "'$name'")
        return listOf(f)
    }
}
