package org.anycastsim.report.narrative;

import org.anycastsim.report.data.BrokenSessions;
import org.anycastsim.report.data.EventKind;
import org.anycastsim.report.data.InjectedEvent;
import org.anycastsim.report.data.LogEvent;
import org.anycastsim.report.data.RunData;
import org.anycastsim.report.data.Summary;
import org.anycastsim.report.data.TrafficTotals;
import org.anycastsim.report.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NarratorTest {

    @TempDir
    Path dir;

    private static Summary summary(List<InjectedEvent> events) {
        return new Summary("t", "", 1, 180, "", null, Map.of(), List.of(), events,
                new TrafficTotals(0, 0, 0, 0, BrokenSessions.NONE, 0), List.of(), Double.NaN, 0);
    }

    private static List<String> texts(Narrative narrative) {
        return narrative.lines().stream().map(NarrativeLine::text).toList();
    }

    @Test
    void processCrashIsToldInTheSeedsTerms() throws Exception {
        Narrative story = Narrator.tell(RunData.load(Fixtures.processCrash().writeTo(dir)));

        assertThat(texts(story)).containsSubsequence(
                "DNS crashed on SJC-s03",
                "the monitor on SJC-s03 detected it",
                "SJC-s03's route to 173.245.58.0/24 withdrawn",
                "SJC-r1 now sends 173.245.58.0/24 to SJC-s04",
                "control plane converged: the last routing change caused by crash-process SJC-s03/dns, 1.004 s after it",
                "data plane converged: traffic served as before crash-process SJC-s03/dns, 2.004 s after it",
                "DNS restarted on SJC-s03",
                "SJC-s03 announced 173.245.58.0/24 again",
                "SJC-r1 now sends 173.245.58.0/24 to SJC-s03");
        assertThat(story.lines().get(0).tone()).isEqualTo(Tone.FAILURE);
        assertThat(story.lines().get(0).note()).isEqualTo("dns crashed");
    }

    @Test
    void linesAreInTimeOrderAndMilestonesSitWhereTheyHappened() throws Exception {
        Narrative story = Narrator.tell(RunData.load(Fixtures.globalThermonuclearWar().writeTo(dir)));

        List<Double> times = story.lines().stream().map(NarrativeLine::t).toList();
        assertThat(times).isSorted();
        assertThat(story.lines()).filteredOn(l -> l.tone() == Tone.MILESTONE).hasSize(14)
                .first().satisfies(l -> assertThat(l.t()).isCloseTo(30 + 4.1, within(0.02)));
    }

    @Test
    void routeChangeFloodsCollapseIntoOneCountedLine() throws Exception {
        RunData run = RunData.load(Fixtures.routerCrash().writeTo(dir));
        long routingEvents = run.events().stream().filter(e -> e.kind().isRouting()).count();

        Narrative story = Narrator.tell(run);

        assertThat(routingEvents).isGreaterThan(400);
        assertThat(story.lines()).hasSizeLessThan(30);
        List<NarrativeLine> summaries = story.lines().stream().filter(l -> l.tone() == Tone.SUMMARY).toList();
        assertThat(summaries).hasSizeGreaterThanOrEqualTo(2);
        Pattern counted = Pattern.compile("\\.\\.\\. and (\\d+) more (?:route changes across \\d+ routers"
                + "|routing updates \\((?:\\d+ (?:withdrawals|announcements), )?\\d+ route changes\\) at \\d+ nodes) until \\d+\\.\\d{3}s");
        long shownRouting = story.lines().stream().filter(l -> l.tone() == Tone.ROUTING).count();
        long hidden = 0;
        for (NarrativeLine line : summaries) {
            Matcher m = counted.matcher(line.text());
            assertThat(m.matches()).as(line.text()).isTrue();
            hidden += Long.parseLong(m.group(1));
        }
        assertThat(shownRouting + hidden).isEqualTo(routingEvents);
        assertThat(texts(story)).anyMatch(t -> t.matches("AS\\d+-\\w+ now sends .* to (LAX|SEA)-r1"));
    }

    @Test
    void aPureRouteChangeFloodSaysHowManyRoutersUntilWhen() {
        List<LogEvent> log = new ArrayList<>();
        log.add(LogEvent.of(61.0, EventKind.DETECTION, "monitor", "SJC-s03", "SJC", null));
        for (int i = 0; i < 215; i++) {
            log.add(LogEvent.of(61.004 + i * (62.1 - 61.004) / 214, EventKind.ROUTE_CHANGE, null, "AS174-r" + (i % 40), null, null)
                    .with(LogEvent.PREFIX, "173.245.58.0/24").with(LogEvent.TO, "LAX-r1"));
        }
        log.add(LogEvent.of(63.5, EventKind.REPAIR, "process-restart", "SJC-s03", "SJC", null).with(LogEvent.SERVICE, "dns"));

        List<String> story = texts(Narrator.tell(log, summary(List.of())));

        assertThat(story).containsExactly(
                "the monitor on SJC-s03 detected it",
                "AS174-r0 now sends 173.245.58.0/24 to LAX-r1",
                "AS174-r1 now sends that prefix to LAX-r1",
                "AS174-r2 now sends that prefix to LAX-r1",
                "... and 212 more route changes across 40 routers until 62.100s",
                "DNS restarted on SJC-s03");
    }

    @Test
    void shortRoutingRunsAreToldInFullAndTiesKeepTheLogOrder() {
        List<LogEvent> log = List.of(
                LogEvent.of(5, EventKind.WITHDRAW, null, "s1", null, null).with(LogEvent.PREFIX, "10.0.0.0/24"),
                LogEvent.of(5, EventKind.ROUTE_CHANGE, null, "r1", null, null).with(LogEvent.PREFIX, "10.0.0.0/24")
                        .with(LogEvent.FROM, "s1").with(LogEvent.TO, "s2"),
                LogEvent.of(1, EventKind.FAILURE, "server-crash", "s1", null, null));

        Narrative story = Narrator.tell(log, summary(List.of(new InjectedEvent(1, "crash-server", "s1", 4, 4.5, 2, true))));

        assertThat(texts(story)).containsExactly(
                "server s1 crashed, and Bird with it",
                "s1's route to 10.0.0.0/24 withdrawn",
                "r1 now sends that prefix to s2",
                "control plane converged: the last routing change caused by crash-server s1, 4.000 s after it",
                "data plane converged: traffic served as before crash-server s1, 4.500 s after it");
        assertThat(story.lines().get(2).note()).isEqualTo("was s1");
    }

    @Test
    void withoutAnEventLogTheInjectedEventsAndAnUnconvergedEndAreTold() {
        Narrative story = Narrator.tell(List.of(), summary(List.of(
                new InjectedEvent(60, "crash-router", "SJC-r1", Double.NaN, Double.NaN, 0, false))));

        assertThat(texts(story)).containsExactly("failure at SJC-r1",
                "the run ended before the network had converged after crash-router SJC-r1");
        assertThat(story.lines().get(1).t()).isEqualTo(180);
    }
}
