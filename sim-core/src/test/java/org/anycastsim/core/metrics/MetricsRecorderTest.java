package org.anycastsim.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.junit.jupiter.api.Test;

class MetricsRecorderTest {
    @Test
    void countersAreWrittenPerIntervalAsRatesOrCountsAndGaugesHoldTheirValue() {
        Simulator sim = new Simulator(1);
        TimeSeries ts = new TimeSeries();
        MetricsRecorder rec = new MetricsRecorder(sim, ts, SimTime.millis(500));
        rec.start();
        sim.schedule(SimTime.millis(100), () -> {
            rec.recordCounter("bgp.updates_per_s", "all", 3);
            rec.recordCounter("sessions.broken", "pop-change", 2);
            rec.recordGauge("bgp.routes", "all", 40);
        });
        sim.schedule(SimTime.millis(700), () -> rec.recordCounter("bgp.updates_per_s", "all", 1));
        sim.runUntil(SimTime.millis(1000));
        assertThat(ts.values("bgp.updates_per_s", "all")).containsExactly(6.0, 2.0);
        assertThat(ts.values("sessions.broken", "pop-change")).containsExactly(2.0, 0.0);
        assertThat(ts.values("bgp.routes", "all")).containsExactly(40.0, 40.0);
        assertThat(ts.rows("bgp.routes", "all")).extracting(TimeSeries.Row::timeSeconds).containsExactly(0.5, 1.0);
    }

    @Test
    void probesWriteAtEverySampleAndSampleNowClosesAPartialInterval() {
        Simulator sim = new Simulator(1);
        TimeSeries ts = new TimeSeries();
        MetricsRecorder rec = new MetricsRecorder(sim, ts);
        rec.addProbe((time, interval, out) -> out.add(time, "probe.interval_s", "x", "g", SimTime.toSeconds(interval)));
        rec.start();
        sim.runUntil(SimTime.millis(2500));
        rec.sampleNow();
        rec.sampleNow();
        assertThat(ts.values("probe.interval_s", "x")).containsExactly(1.0, 1.0, 0.5);
        assertThat(ts.row(0).group()).isEqualTo("g");
    }

    @Test
    void csvFollowsTheOutputFormat() throws IOException {
        TimeSeries ts = new TimeSeries();
        ts.add(SimTime.seconds(1), "pop.served_rps", "SJC", "", 1250.5);
        ts.add(SimTime.millis(1500), "server.served_rps", "SJC-s03", "SJC", 10);
        ts.add(SimTime.micros(1_500_250), "latency.p99_ms", "a,b", "", 0.25);
        StringBuilder sb = new StringBuilder();
        ts.writeCsv(sb);
        assertThat(sb.toString()).isEqualTo("""
                time_s,metric,entity,group,value
                1.000,pop.served_rps,SJC,,1250.5
                1.500,server.served_rps,SJC-s03,SJC,10.0
                1.50025,latency.p99_ms,"a,b",,0.25
                """);
        assertThat(ts.size()).isEqualTo(3);
        assertThat(ts.rows()).hasSize(3);
    }

    @Test
    void catchmentCsvFollowsTheOutputFormat() throws IOException {
        Catchment c = new Catchment("before", 59.0, java.util.List.of(
                new Catchment.Entry("GB", "GB", "EU", 51.5, -0.1, "LHR", 2.0, 100, 1.0),
                new Catchment.Entry("XX", "XX", "AF", 1.0, 2.0, null, 0.5, 0, 0)));
        StringBuilder sb = new StringBuilder();
        c.writeCsv(sb);
        assertThat(sb.toString()).isEqualTo("""
                client,country,lat,lon,pop,demand_weight
                GB,GB,51.5,-0.1,LHR,2.0
                XX,XX,1.0,2.0,,0.5
                """);
        assertThat(c.demandWeightByPop()).containsEntry("LHR", 2.0).containsEntry("", 0.5);
    }
}
