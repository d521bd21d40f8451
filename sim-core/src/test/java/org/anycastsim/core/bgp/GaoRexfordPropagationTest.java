package org.anycastsim.core.bgp;

import static org.anycastsim.core.bgp.TestNet.P;
import static org.assertj.core.api.Assertions.assertThat;

import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.junit.jupiter.api.Test;

/**
 * Valley-free routing end to end: two providers P1, P2 peer with each other; C1 is P1's
 * customer, C2 is P2's customer; X is a peer of P1 that originates its own prefix.
 */
class GaoRexfordPropagationTest {
    private static final Prefix X_PREFIX = Prefix.parse("203.0.113.0/24");

    @Test
    void customerRoutesGoEverywhereButPeerRoutesOnlyDownhill() {
        TestNet n = new TestNet();
        Router p1 = n.router("P1", 10);
        Router p2 = n.router("P2", 20);
        Router c1 = n.router("C1", 100);
        Router c2 = n.router("C2", 200);
        Router x = n.router("X", 300);
        n.link(p1, p2, 1);
        n.link(p1, c1, 1);
        n.link(p2, c2, 1);
        n.link(p1, x, 1);
        n.wire();
        SessionTimers t = TestNet.fast();
        n.ebgp(p1, p2, Relationship.PEER, t);
        n.ebgp(p1, c1, Relationship.CUSTOMER, t);
        n.ebgp(p2, c2, Relationship.CUSTOMER, t);
        n.ebgp(p1, x, Relationship.PEER, t);
        n.originate(c1, P);
        n.originate(x, X_PREFIX);
        n.bgp.startAll();
        n.sim.runUntil(SimTime.seconds(5));
        // C1's prefix: P1 learns it from a customer and exports it to its peers P2 and X;
        // P2 passes it down to its customer C2.
        assertThat(n.path(p2)).isEqualTo("[10 100]");
        assertThat(n.path(c2)).isEqualTo("[20 10 100]");
        assertThat(n.path(x)).isEqualTo("[10 100]");
        // X's prefix: P1 learns it from a peer; it goes to P1's customer C1 only, not to peer P2.
        assertThat(n.best(c1, X_PREFIX)).isNotNull();
        assertThat(n.best(p2, X_PREFIX)).isNull();
        assertThat(n.best(c2, X_PREFIX)).isNull();
        // Local-pref by relationship: customer routes are preferred.
        assertThat(n.best(p1, P).attributes().localPref()).isEqualTo(200);
        assertThat(n.best(p1, X_PREFIX).attributes().localPref()).isEqualTo(100);
        assertThat(n.best(c1, X_PREFIX).attributes().localPref()).isEqualTo(50);
    }
}
