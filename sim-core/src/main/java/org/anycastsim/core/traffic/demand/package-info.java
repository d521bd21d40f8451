/**
 * Demand: a total rate per service split over client networks by weight and over prefixes by
 * share, shaped by a {@link org.anycastsim.core.traffic.demand.DiurnalProfile} (off by default),
 * {@link org.anycastsim.core.traffic.demand.FlashCrowd}s and
 * {@link org.anycastsim.core.traffic.demand.DdosAttack}s, each scoped by a
 * {@link org.anycastsim.core.traffic.demand.ClientScope}. Rates are piecewise constant between
 * {@link org.anycastsim.core.traffic.demand.Demand#nextChangeAfter change points}.
 */
package org.anycastsim.core.traffic.demand;
