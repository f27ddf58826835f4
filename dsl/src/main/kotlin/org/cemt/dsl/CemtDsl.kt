package org.cemt.dsl

/**
 * Marks every scope of the cemt DSL, so a block reaches only its own receiver: inside `train { … }` an inner
 * block cannot set a field of an outer one by accident (kotlinx.html's `@HtmlTagMarker`, STYLE.md §2).
 */
@DslMarker
annotation class CemtDsl
