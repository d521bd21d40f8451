package org.anycastsim.core.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.EventLog;
import org.anycastsim.core.metrics.LogEvent;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ControlServer;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;

/**
 * A small explicit PoP: router SJC-r1, switches SJC-sw1 and SJC-sw2 (both on the router), servers
 * SJC-s01 and SJC-s02 behind sw1, SJC-s03 and SJC-s04 behind sw2, control server SJC-cs1 on both
 * switches. Two DNS prefixes and two proxy prefixes. Recording daemons, a hand-driven load.
 */
final class TestPop {
    static final Prefix DNS1 = Prefix.parse("173.245.58.0/24");
    static final Prefix DNS2 = Prefix.parse("173.245.59.0/24");
    static final Prefix PROXY1 = Prefix.parse("198.41.214.0/24");
    static final Prefix PROXY2 = Prefix.parse("198.41.215.0/24");
    private static final GeoPoint SJC = new GeoPoint(37.36, -121.93);

    final Simulator sim;
    final Topology topology = new Topology("test-pop");
    final EventLog log;
    final Router router;
    final Switch sw1;
    final Switch sw2;
    final ControlServer cs;
    final List<Server> servers = new ArrayList<>();
    final Map<Server, RecordingDaemon> daemons = new HashMap<>();
    final FakeLoad load = new FakeLoad();
    final Hosts hosts;

    TestPop(long seed, HostConfig config) {
        sim = new Simulator(seed);
        log = new EventLog(sim);
        AutonomousSystem as = topology.addAs(13335, "CloudFlare", AsRole.OPERATOR);
        router = topology.addRouter("SJC-r1", as, SJC, "SJC");
        sw1 = topology.addSwitch("SJC-sw1", as, SJC, "SJC");
        sw2 = topology.addSwitch("SJC-sw2", as, SJC, "SJC");
        long us = SimTime.micros(5);
        long tenGig = 10_000_000_000L;
        topology.connect(router, sw1, us, tenGig);
        topology.connect(router, sw2, us, tenGig);
        for (int i = 1; i <= 4; i++) {
            Server s = topology.addServer(String.format("SJC-s%02d", i), as, SJC, "SJC");
            topology.connect(i <= 2 ? sw1 : sw2, s, us, tenGig);
            servers.add(s);
        }
        cs = topology.addControlServer("SJC-cs1", as, SJC, "SJC");
        topology.connect(cs, sw1, us, tenGig);
        topology.connect(cs, sw2, us, tenGig);
        topology.addServicePrefix("dns", DNS1);
        topology.addServicePrefix("dns", DNS2);
        topology.addServicePrefix("proxy", PROXY1);
        topology.addServicePrefix("proxy", PROXY2);
        hosts = Hosts.build(sim, topology, log, config, s -> {
            RecordingDaemon d = new RecordingDaemon(sim);
            daemons.put(s, d);
            return d;
        }, load);
    }

    /** Builds, starts the hosts at time 0, and runs the first instant. */
    static TestPop started(long seed, HostConfig config) {
        TestPop pop = new TestPop(seed, config);
        pop.hosts.start();
        pop.sim.runUntil(0);
        return pop;
    }

    Server server(int n) {
        return servers.get(n - 1);
    }

    RecordingDaemon daemon(int n) {
        return daemons.get(server(n));
    }

    ServerHost host(int n) {
        return hosts.host(server(n));
    }

    Operations ops() {
        return hosts.operations();
    }

    /** Runs {@code action} at {@code seconds} of simulated time. */
    void at(double seconds, Runnable action) {
        sim.schedule(SimTime.seconds(seconds), action::run);
    }

    void runUntil(double seconds) {
        sim.runUntil(SimTime.seconds(seconds));
    }

    List<LogEvent> events(String type) {
        return log.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    List<LogEvent> events(LogKind kind) {
        return log.ofKind(kind);
    }

    /** The log from {@code seconds} on, as "t kind type node" lines (handy for order assertions). */
    List<String> trace(double fromSeconds) {
        long from = SimTime.seconds(fromSeconds);
        return log.events().stream().filter(e -> e.time() >= from)
                .map(e -> SimTime.format(e.time()) + " " + e.kind().label() + " " + e.type() + " " + e.node())
                .toList();
    }

    static long s(double seconds) {
        return SimTime.seconds(seconds);
    }
}
