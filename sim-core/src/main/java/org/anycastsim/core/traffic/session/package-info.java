/**
 * Sampled sessions on top of the fluid: {@link org.anycastsim.core.traffic.session.SampledSessions}
 * draws DNS queries, HTTP and HTTPS connections per {@link org.anycastsim.core.traffic.session.SessionConfig},
 * walks each 5-tuple through the FIBs, retries lost attempts, and breaks TCP/TLS sessions whose
 * packets move to another server or PoP or whose server dies
 * ({@link org.anycastsim.core.traffic.session.BreakCause}). Live sessions live column-wise in a
 * session table indexed by (router, prefix) and by server, so a change re-examines only the
 * sessions it can affect. {@link org.anycastsim.core.traffic.session.SessionStats} holds outcomes
 * and latency distributions.
 */
package org.anycastsim.core.traffic.session;
