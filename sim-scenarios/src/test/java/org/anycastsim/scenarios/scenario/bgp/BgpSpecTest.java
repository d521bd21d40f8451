package org.anycastsim.scenarios.scenario.bgp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anycastsim.core.bgp.BgpProfile;
import org.anycastsim.core.bgp.SessionTimers;
import org.anycastsim.core.bgp.policy.Action;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.Rule;
import org.anycastsim.core.bgp.policy.Verdict;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.Samples;
import org.anycastsim.scenarios.scenario.topology.ExplicitTopology;
import org.junit.jupiter.api.Test;

/** The model turns into the BGP layer's own types: a profile, session timers, policy rules. */
class BgpSpecTest {

    @Test
    void theBgpSectionBecomesAProfile() throws Exception {
        BgpProfile p = Samples.yaml("""
                name: t
                duration: 1s
                topology: {builtin: diamond}
                bgp:
                  ebgp: {hold: 9s}
                  ibgp: {mrai: 0s}
                  server: {bfd: false}
                  rateLimitWithdrawals: true
                  decision: {alwaysCompareMed: true, maxPaths: 4}
                  popMaxPaths: 8
                  conditionalAdvertisement:
                    default: {minRoutes: 2}
                    198.41.214.0/24: {minFraction: 0.5}
                """).bgp().toProfile();
        assertThat(p.ebgp().holdNanos()).isEqualTo(SimTime.seconds(9));
        assertThat(p.ebgp().keepaliveNanos()).isEqualTo(SimTime.seconds(3));
        assertThat(p.ebgp().rateLimitWithdrawals()).isTrue();
        assertThat(p.ebgp().mraiNanos()).isEqualTo(SimTime.seconds(30));
        assertThat(p.ibgp().mraiNanos()).isZero();
        assertThat(p.server().bfd()).isFalse();
        assertThat(p.server().holdNanos()).isEqualTo(SimTime.seconds(3));
        assertThat(p.decision().alwaysCompareMed()).isTrue();
        assertThat(p.decision().deterministicMed()).isTrue();
        assertThat(p.decision().maxPaths()).isEqualTo(4);
        assertThat(p.popMaxPaths()).isEqualTo(8);
        assertThat(p.defaultConditional()).isEqualTo(new BgpProfile.ConditionalAdvertisement(2, 0.0));
        assertThat(p.conditional().get(Prefix.parse("198.41.214.0/24")))
                .isEqualTo(new BgpProfile.ConditionalAdvertisement(1, 0.5));
    }

    @Test
    void sessionTimersApplyOverTheBaseOfTheirKind() throws Exception {
        ExplicitTopology t = (ExplicitTopology) Samples.load("diamond.yaml").topology();
        SessionTimers or = t.sessions().get(1).timers().applyTo(SessionTimers.ebgpDefaults());
        assertThat(or.holdNanos()).isEqualTo(SimTime.seconds(9));
        assertThat(or.bfdIntervalNanos()).isEqualTo(SimTime.millis(100));
        assertThat(or.bfdMultiplier()).isEqualTo(3);
        SessionTimers plain = t.sessions().get(0).timers().applyTo(SessionTimers.ebgpDefaults());
        assertThat(plain).isEqualTo(SessionTimers.ebgpDefaults());
        SessionTimers on = new TimerSpec(java.util.OptionalLong.empty(), java.util.OptionalLong.empty(),
                java.util.OptionalLong.empty(), java.util.OptionalLong.empty(),
                java.util.Optional.of(new BfdSpec(true, java.util.OptionalLong.empty(), java.util.OptionalInt.empty(),
                        t.where())), t.where()).applyTo(SessionTimers.ebgpDefaults());
        assertThat(on.bfdIntervalNanos()).isEqualTo(BfdSpec.DEFAULT_INTERVAL_NANOS);
    }

    @Test
    void policyRulesBecomeRulesOfTheSession() throws Exception {
        ExplicitTopology t = (ExplicitTopology) Samples.load("diamond.yaml").topology();
        var session = t.sessions().get(3);
        Match peerL = Match.neighbourAsn(2);
        Rule prefer = session.importRules().get(0).toRule(4, name -> peerL);
        assertThat(prefer).isEqualTo(new Rule("import[0]", new Match.AsPathContains(1), List.of(Action.setLocalPref(150)),
                Verdict.ACCEPT));
        Rule tag = session.exportRules().get(1).toRule(4, name -> peerL);
        assertThat(tag.actions()).containsExactly(Action.addCommunity("4:100"), Action.prepend(4, 2));
        assertThat(tag.match()).isEqualTo(Match.always());
        var withNeighbour = new MatchSpec(java.util.Optional.of(Prefix.parse("10.0.0.0/8")), java.util.Optional.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.Optional.empty(),
                java.util.Optional.of("L"), t.where());
        assertThat(withNeighbour.toMatch(name -> peerL)).isEqualTo(new Match.AllOf(List.of(
                new Match.PrefixIs(Prefix.parse("10.0.0.0/8")), peerL)));
    }
}
