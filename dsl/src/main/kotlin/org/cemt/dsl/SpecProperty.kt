package org.cemt.dsl

import kotlin.reflect.KProperty
import org.cemt.train.TrainingSpec

/**
 * A DSL property backed by a [TrainingSpec.Builder]: reads the built spec's value (so the builder's defaults and
 * checks are the only ones), writes through the builder's setter:
 * `var epochs: Int by spec(b, TrainingSpec::epochs, TrainingSpec.Builder::epochs)`.
 */
internal class SpecProperty<T>(
    private val builder: TrainingSpec.Builder,
    private val read: (TrainingSpec) -> T,
    private val write: (TrainingSpec.Builder, T) -> Any?,
) {
    operator fun getValue(thisRef: Any?, property: KProperty<*>): T = read(builder.build())

    operator fun setValue(thisRef: Any?, property: KProperty<*>, value: T) {
        write(builder, value)
    }
}

/** The [SpecProperty] of [builder] with this getter and setter. */
internal fun <T> spec(builder: TrainingSpec.Builder, read: (TrainingSpec) -> T, write: (TrainingSpec.Builder, T) -> Any?):
    SpecProperty<T> = SpecProperty(builder, read, write)
