/**
 * Per-neighbour import and export policies: ordered {@link org.anycastsim.core.bgp.policy.Rule}s
 * of a {@link org.anycastsim.core.bgp.policy.Match} (a closed family of conditions), a list of
 * {@link org.anycastsim.core.bgp.policy.Action}s and a
 * {@link org.anycastsim.core.bgp.policy.Verdict}, plus {@link org.anycastsim.core.bgp.policy.GaoRexford}
 * for the customer/peer/provider defaults.
 *
 * <p>Where policies sit in a speaker: import runs on each route received, before it enters the
 * Adj-RIB-In used by the decision process (a rejected route is treated as withdrawn); export runs
 * on the best route for each peer, before the session's own rewrites (prepending the local AS and
 * setting NEXT_HOP for eBGP, dropping LOCAL_PREF and weight, RFC 1997's well-known communities via
 * {@link org.anycastsim.core.bgp.Community#blocksAdvertisement}). So an export policy sees the AS
 * path as it is inside the AS: empty for routes originated by the AS.
 */
package org.anycastsim.core.bgp.policy;
