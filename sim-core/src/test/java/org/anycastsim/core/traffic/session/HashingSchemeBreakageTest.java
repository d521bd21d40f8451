package org.anycastsim.core.traffic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.forward.HashingScheme;
import org.anycastsim.core.forward.Maglev;
import org.anycastsim.core.forward.ModuloN;
import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.forward.ResilientBuckets;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.traffic.Traffic;
import org.anycastsim.core.traffic.TrafficConfig;
import org.anycastsim.core.traffic.World;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed's "trickier with TCP": one PoP with eight equal servers, thousands of open TCP
 * sessions, and one server's route withdrawn. Every session on the withdrawn server must move
 * (and so breaks); what each hashing scheme does to the sessions on the seven survivors is the
 * difference between them. Expected collateral, from the exact hash-space analysis of
 * {@code forward.DisruptionTest}: modulo-N 6/8 of all sessions; hash-threshold 9/56 when the
 * fourth member leaves; resilient buckets none; Maglev a fraction of a percent.
 */
class HashingSchemeBreakageTest {
    private static final int SERVERS = 8;
    private static final int REMOVED = 3;

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of(new ModuloN(), 6.0 / 8, 0.03),
                Arguments.of(new HashThreshold(), 9.0 / 56, 0.03),
                Arguments.of(new ResilientBuckets(), 0.0, 0.0),
                Arguments.of(new Maglev(), 0.0, 0.01));
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void withdrawingOneOfEightServersBreaksWhatTheSchemeMoves(HashingScheme scheme, double collateral, double tolerance) {
        World w = new World();
        GeoPoint here = new GeoPoint(48.9, 2.4);
        ClientNetwork client = w.client("FR", "EU", here, 1);
        Router transit = w.transitRouter("T", here);
        World.Pop pop = w.pop("CDG", here, SERVERS);
        w.link(client, transit, 1_000_000);
        w.link(transit, pop.router(), 1_000_000);
        w.build(scheme, 11);
        w.route(client, transit);
        w.route(transit, pop.router());
        w.serveLocally(pop);
        SessionConfig sessions = SessionConfig.defaults()
                .withSampling(Sampling.fraction(1.0))
                .withMix("web", java.util.Map.of(SessionKind.HTTP, 1.0))
                .withDuration(new Distribution.Constant(1000));
        Traffic traffic = w.attach(w.demand(0).serviceRate("web", 4000).build(), TrafficConfig.defaults().withSessions(sessions));
        w.simulator.runUntil(SimTime.seconds(2));

        List<SampledSession> live = traffic.sessions().live();
        int removed = pop.serverIds()[REMOVED];
        long onRemoved = live.stream().filter(s -> s.server() == removed).count();
        assertThat(live).hasSizeGreaterThan(7000);
        int[] survivors = java.util.Arrays.stream(pop.serverIds()).filter(id -> id != removed).toArray();
        w.forwarding.install(pop.router().id(), World.WEB, NextHopSet.of(survivors));
        w.simulator.runUntil(SimTime.seconds(2) + 1);

        SessionStats stats = traffic.sessions().stats();
        long broken = stats.broken(BreakCause.SERVER_CHANGE);
        assertThat(stats.broken(BreakCause.POP_CHANGE) + stats.broken(BreakCause.SERVER_DEATH)).isZero();
        assertThat(broken).isGreaterThanOrEqualTo(onRemoved);
        assertThat(onRemoved / (double) live.size()).isCloseTo(1.0 / 8, within(0.02));
        double collateralSeen = (broken - onRemoved) / (double) live.size();
        assertThat(collateralSeen).isCloseTo(collateral, within(tolerance));
        // Only sessions under the PoP router for the web prefix were re-examined: all of them, once.
        assertThat(traffic.sessions().reevaluations()).isEqualTo(live.size());
    }
}
