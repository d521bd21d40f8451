package org.anycastsim.core.traffic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.forward.Forwarding;
import org.anycastsim.core.forward.HashThreshold;
import org.anycastsim.core.forward.HashingScheme;
import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Igp;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;
import org.anycastsim.core.traffic.demand.Demand;

/**
 * Small explicit worlds for traffic tests: client networks -> transit routers -> PoP routers ->
 * a switch -> servers, two services ("dns" and "web") with one prefix each, FIBs installed by hand.
 */
public final class World {
    public static final Prefix DNS = Prefix.parse("198.41.214.0/24");
    public static final Prefix WEB = Prefix.parse("104.16.0.0/24");
    public static final long LAN_DELAY = 5_000;
    public static final long CAPACITY = 10_000_000_000L;

    public final Topology topology = new Topology("test");
    public final AutonomousSystem eyeballs;
    public final AutonomousSystem transit;
    public final AutonomousSystem operator;
    public final Map<String, Pop> pops = new LinkedHashMap<>();
    public final List<ClientNetwork> clients = new ArrayList<>();
    public final FakeHosts hosts = new FakeHosts();
    public Simulator simulator;
    public Forwarding forwarding;
    public Igp igp;
    private int nextBlock = 1;

    /** A PoP: its router, its switch and its servers. */
    public record Pop(String code, Router router, Switch lan, List<Server> servers) {
        public int[] serverIds() {
            return servers.stream().mapToInt(Node::id).toArray();
        }
    }

    public World() {
        eyeballs = topology.addAs(64512, "eyeballs", AsRole.EYEBALL);
        transit = topology.addAs(1299, "transit", AsRole.TRANSIT);
        operator = topology.addAs(13335, "operator", AsRole.OPERATOR);
        topology.addServicePrefix("dns", DNS);
        topology.addServicePrefix("web", WEB);
    }

    public Pop pop(String code, GeoPoint at, int servers) {
        Router r = topology.addRouter(code + "-r1", operator, at, code);
        Switch sw = topology.addSwitch(code + "-sw1", operator, at, code);
        topology.connect(r, sw, LAN_DELAY, CAPACITY);
        List<Server> list = new ArrayList<>();
        for (int i = 1; i <= servers; i++) {
            Server s = topology.addServer(String.format("%s-s%02d", code, i), operator, at, code);
            topology.connect(sw, s, LAN_DELAY, CAPACITY);
            list.add(s);
        }
        Pop pop = new Pop(code, r, sw, list);
        pops.put(code, pop);
        return pop;
    }

    public Router transitRouter(String name, GeoPoint at) {
        return topology.addRouter(name, transit, at, null);
    }

    public ClientNetwork client(String name, String region, GeoPoint at, double weight) {
        Prefix block = new Prefix((11 << 24) | (nextBlock++ << 16), 16);
        ClientNetwork c = topology.addClient(name, eyeballs, at, name, region, weight, block);
        clients.add(c);
        return c;
    }

    public Link link(Node a, Node b, long delayNanos) {
        return topology.connect(a, b, delayNanos, CAPACITY);
    }

    /** Creates the simulator, IGP and FIBs (call once the topology is complete). */
    public World build(HashingScheme scheme, long seed) {
        simulator = new Simulator(seed);
        igp = new Igp(topology);
        forwarding = new Forwarding(topology, scheme);
        return this;
    }

    public World build() {
        return build(new HashThreshold(), 1);
    }

    /** Points {@code from}'s FIB entries for every service prefix at {@code nextHops}. */
    public void route(Node from, Node... nextHops) {
        for (Prefix p : topology.allServicePrefixes()) {
            route(from, p, nextHops);
        }
    }

    public void route(Node from, Prefix prefix, Node... nextHops) {
        int[] ids = new int[nextHops.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = nextHops[i].id();
        }
        forwarding.install(from.id(), prefix, NextHopSet.of(ids));
    }

    /** The PoP router hashes every service prefix over all its servers. */
    public void serveLocally(Pop pop) {
        route(pop.router(), pop.servers().toArray(new Node[0]));
    }

    /** Every service at {@code rps} each. */
    public Demand.Builder demand(double rps) {
        return Demand.builder(topology).serviceRate("dns", rps).serviceRate("web", rps);
    }

    public Traffic attach(Demand demand, TrafficConfig config) {
        return Traffic.attach(simulator, topology, igp, forwarding, hosts, demand, config);
    }
}
