package org.anycastsim.scenarios.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anycastsim.core.forward.Path;
import org.anycastsim.core.forward.PathResolver;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Node;
import org.anycastsim.scenarios.run.InitialConvergence;
import org.anycastsim.scenarios.traceroute.Traceroute;

/** How {@code traceroute} shows a trace: the seed post's hop list, or one JSON object. */
final class TracerouteOutput {
    private final Traceroute.Result trace;
    private final String world;
    private final long seed;
    private final InitialConvergence.Result convergence;

    /** {@code convergence} is null when the trace ran at a fixed time (--at). */
    TracerouteOutput(Traceroute.Result trace, String world, long seed, InitialConvergence.Result convergence) {
        this.trace = trace;
        this.world = world;
        this.seed = seed;
        this.convergence = convergence;
    }

    void text(PrintWriter out) {
        out.println("traceroute from " + trace.from().node().name() + " to " + Ipv4.format(trace.dstIp()) + " ("
                + destination() + "): " + verdict());
        List<Path.Hop> hops = trace.hops();
        int width = Math.max(4, hops.stream().mapToInt(h -> h.node().name().length()).max().orElse(4));
        int asWidth = Math.max(2, hops.stream().mapToInt(h -> Integer.toUnsignedString(h.node().asn()).length())
                .max().orElse(2));
        String format = "%3s  %-" + width + "s  %" + asWidth + "s  %9s%n";
        out.printf(Locale.ROOT, format, "hop", "node", "AS", "RTT (ms)");
        for (int i = 0; i < hops.size(); i++) {
            Path.Hop h = hops.get(i);
            out.printf(Locale.ROOT, format, i + 1, h.node().name(), Integer.toUnsignedString(h.node().asn()),
                    String.format(Locale.ROOT, "%.3f", SimTime.toMillis(h.rttNanos())));
        }
        out.println(trace.from().typed() + ": " + trace.from().meaning());
        out.printf(Locale.ROOT, "UDP %s:%d -> %s:%d in %s (seed %d); %s%n", Ipv4.format(trace.srcIp()),
                trace.srcPort(), Ipv4.format(trace.dstIp()), trace.dstPort(), world, seed, when());
    }

    String json() throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", trace.from().node().name());
        m.put("to", Ipv4.format(trace.dstIp()));
        Node host = trace.host();
        m.put("pop", host != null ? host.pop() : null);
        m.put("host", host != null ? host.name() : null);
        m.put("outcome", trace.path().outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("service", trace.service());
        m.put("prefix", trace.prefix() != null ? trace.prefix().toString() : null);
        m.put("place", trace.from().typed());
        m.put("placeMeaning", trace.from().meaning());
        m.put("srcIp", Ipv4.format(trace.srcIp()));
        m.put("srcPort", trace.srcPort());
        m.put("dstPort", trace.dstPort());
        m.put("topology", world);
        m.put("seed", seed);
        m.put("tracedAtSeconds", Rounding.round(SimTime.toSeconds(trace.atNanos()), 6));
        if (convergence != null) {
            m.put("bgpConverged", convergence.converged());
            m.put("bgpConvergedAtSeconds", Rounding.round(SimTime.toSeconds(convergence.lastChangeNanos()), 6));
        }
        List<Map<String, Object>> hops = new ArrayList<>();
        List<Path.Hop> list = trace.hops();
        for (int i = 0; i < list.size(); i++) {
            Path.Hop h = list.get(i);
            Map<String, Object> hop = new LinkedHashMap<>();
            hop.put("hop", i + 1);
            hop.put("node", h.node().name());
            hop.put("as", Integer.toUnsignedLong(h.node().asn()));
            hop.put("rttMs", Rounding.round(SimTime.toMillis(h.rttNanos()), 3));
            hops.add(hop);
        }
        m.put("hops", hops);
        return new ObjectMapper().writeValueAsString(m);
    }

    private String destination() {
        return trace.service() == null ? "no service prefix" : trace.service() + ", " + trace.prefix();
    }

    private String verdict() {
        Path path = trace.path();
        String at = path.last().name();
        return switch (path.outcome()) {
            case DELIVERED -> "answered by " + at + " in PoP " + path.pop();
            case NO_ROUTE -> "no route at " + at;
            case UNREACHABLE -> "unreachable after " + at + " (a node or link on the way is down)";
            case LOOP -> "forwarding loop (more than " + PathResolver.MAX_HOPS + " hops)";
        };
    }

    private String when() {
        String traced = String.format(Locale.ROOT, "traced at t = %.3f s", SimTime.toSeconds(trace.atNanos()));
        if (convergence == null) {
            return traced + " of simulated time (--at)";
        }
        String settled = convergence.converged()
                ? String.format(Locale.ROOT, "BGP converged at t = %.3f s (%,d UPDATEs)",
                        SimTime.toSeconds(convergence.lastChangeNanos()), convergence.updates())
                : String.format(Locale.ROOT, "BGP had not converged by t = %.3f s", SimTime.toSeconds(trace.atNanos()));
        return settled + ", " + traced;
    }
}
