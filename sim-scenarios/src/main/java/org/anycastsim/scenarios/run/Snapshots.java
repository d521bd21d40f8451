package org.anycastsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anycastsim.core.bgp.Decision;
import org.anycastsim.core.bgp.Route;
import org.anycastsim.core.bgp.Speaker;
import org.anycastsim.core.forward.Fib;
import org.anycastsim.core.forward.FibEntry;
import org.anycastsim.core.forward.NextHopSet;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.Catchment;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.timeline.SnapshotKind;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.Snapshot;

/** Takes the scenario's snapshots: catchments, and RIB / FIB dumps of chosen routers as text. */
final class Snapshots {
    /** One snapshot taken: a catchment, or a text dump. */
    record Taken(long atNanos, String label, SnapshotKind kind, Catchment catchment, String text) {
        String fileName() {
            String safe = label.replaceAll("[^A-Za-z0-9._-]", "_");
            return kind == SnapshotKind.CATCHMENT ? "catchment-" + safe + ".csv" : "snapshots/" + safe + ".txt";
        }
    }

    private final AnycastModel model;
    private final List<Taken> taken = new ArrayList<>();

    Snapshots(AnycastModel model) {
        this.model = model;
    }

    List<Taken> taken() {
        return taken;
    }

    void take(Snapshot s) {
        long now = model.simulator().now();
        if (s.what() == SnapshotKind.CATCHMENT) {
            Catchment c = model.traffic() == null ? null
                    : s.prefix().map(p -> model.traffic().fluid().catchment(s.label(), p))
                            .orElseGet(() -> model.traffic().catchment(s.label()));
            taken.add(new Taken(now, s.label(), s.what(), c, null));
            return;
        }
        List<Node> routers = new ArrayList<>();
        if (s.routers().isEmpty()) {
            for (Speaker sp : model.bgp().speakers()) {
                if (sp.node().routes()) {
                    routers.add(sp.node());
                }
            }
        } else {
            s.routers().forEach(n -> routers.add(model.topology().node(n)));
        }
        StringBuilder out = new StringBuilder();
        out.append(s.what().name()).append(" snapshot '").append(s.label()).append("' at ")
                .append(SimTime.format(now)).append('\n');
        for (Node r : routers) {
            out.append('\n').append(r.name()).append(" (AS").append(Integer.toUnsignedString(r.asn())).append(")\n");
            if (s.what() == SnapshotKind.RIB) {
                rib(out, model.bgp().speaker(r), s.prefix().orElse(null));
            } else {
                fib(out, model.forwarding().fib(r), s.prefix().orElse(null));
            }
        }
        taken.add(new Taken(now, s.label(), s.what(), null, out.toString()));
    }

    private void rib(StringBuilder out, Speaker speaker, Prefix only) {
        if (speaker == null) {
            out.append("  (no BGP speaker)\n");
            return;
        }
        for (Prefix p : speaker.allPrefixes()) {
            if (only != null && !only.equals(p)) {
                continue;
            }
            Decision d = speaker.decision(p);
            List<Route> candidates = speaker.candidates(p);
            out.append("  ").append(p).append(d == null ? "  no usable route" : "  best: " + describe(d.best())
                    + "  (" + d.reason().phrase() + (d.isMultipath() ? "; ECMP of " + d.ecmp().size() : "") + ")")
                    .append('\n');
            for (Route r : candidates) {
                boolean best = d != null && d.ecmp().contains(r);
                out.append(best ? "   *> " : "      ").append(describe(r)).append('\n');
            }
        }
    }

    private String describe(Route r) {
        Node nh = r.source().isLocal() ? null : model.bgp().nextHopNode(null, r);
        return String.format(Locale.ROOT, "path %s next-hop %s lp %d%s from %s", r.attributes().asPath(),
                nh == null ? "self" : nh.name() + " (" + Ipv4.format(r.nextHop()) + ")", r.attributes().localPref(),
                r.attributes().hasMed() ? " med " + r.attributes().med() : "", r.source());
    }

    private void fib(StringBuilder out, Fib fib, Prefix only) {
        if (fib == null) {
            out.append("  (no FIB)\n");
            return;
        }
        for (FibEntry e : fib.entries()) {
            if (only != null && !only.equals(e.prefix())) {
                continue;
            }
            NextHopSet set = e.group().nextHops();
            out.append("  ").append(e.prefix()).append(" ->");
            for (int i = 0; i < set.size(); i++) {
                out.append(' ').append(model.topology().node(set.id(i)).name());
                if (set.size() > 1) {
                    out.append(String.format(Locale.ROOT, " (%.1f%%)", 100 * e.group().share(set.id(i))));
                }
            }
            out.append("  [").append(e.group().scheme().getClass().getSimpleName()).append("]\n");
        }
    }
}
