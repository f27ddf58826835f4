/**
 * The model layer: the single shared network of CEMT and what sits around it.
 *
 * <ul>
 * <li>{@link org.cemt.model.SnnArchitecture} — widths, activation, batch norm, and the flat parameter layout.</li>
 * <li>{@link org.cemt.model.Snn} — parameters, running statistics, Xavier initialisation from a seed; batch-norm
 * semantics in its Javadoc.</li>
 * <li>{@link org.cemt.model.SnnPass} — one forward pass over a batch of points: outputs e_i, ∂e_i/∂λ_i,
 * directional derivatives, and the weight gradient of Σ g_i e_i + Σ c_i ∇e(λ_i)·t_i (the force term, exact
 * second order, no Jacobian stored). Internals: SnnTangent (forward mode), SnnBackward (reverse over both),
 * SnnColumns and BlockMoments (batch sums and statistics on fixed 64-point blocks), Gemm (the matrix kernel),
 * Parallel (deterministic threading), Buffers (the arrays of released passes, reused), Erf.</li>
 * <li>{@link org.cemt.model.Activation}, {@link org.cemt.model.BatchMode}, {@link org.cemt.model.Precision}.</li>
 * <li>{@link org.cemt.model.PerElementBias} — the least-squares per-element energy bias (paper 001 §2.3.1).</li>
 * </ul>
 */
package org.cemt.model;
