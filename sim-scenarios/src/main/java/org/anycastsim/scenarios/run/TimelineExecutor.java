package org.anycastsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.bgp.Session;
import org.anycastsim.core.bgp.Speaker;
import org.anycastsim.core.bgp.policy.Action;
import org.anycastsim.core.bgp.policy.Match;
import org.anycastsim.core.bgp.policy.Policy;
import org.anycastsim.core.bgp.policy.Rule;
import org.anycastsim.core.bgp.policy.Verdict;
import org.anycastsim.core.host.Operations;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.kernel.Simulator;
import org.anycastsim.core.metrics.LogKind;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.net.Link;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Switch;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.AnnouncePrefix;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashProcess;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashRouter;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashServer;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CrashSwitch;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.CutLink;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.DestroyPops;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.Overload;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.RestartProcess;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.RestoreLink;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.RestoreRouter;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.RestoreServer;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.RestoreSwitch;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.SetHashWeight;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.SetLocalPref;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.SetWeight;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.Snapshot;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.StartAttack;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.StopAttack;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.WithdrawPrefix;

/**
 * Schedules a scenario's timeline on the model and carries out each action at its time, through
 * the host layer's operations (which log them) or BGP directly. Every action but a snapshot opens
 * a convergence window, so that the routing changes it causes are attributed to it.
 */
final class TimelineExecutor {
    private final AnycastModel model;
    private final Topology topology;
    private final Operations ops;
    private final Snapshots snapshots;
    private final DataPlaneTracker dataPlane;
    private final List<InjectedEvent> injected = new ArrayList<>();

    TimelineExecutor(AnycastModel model, Snapshots snapshots, DataPlaneTracker dataPlane) {
        this.model = model;
        this.topology = model.topology();
        this.ops = model.hosts().operations();
        this.snapshots = snapshots;
        this.dataPlane = dataPlane;
    }

    List<InjectedEvent> injected() {
        return injected;
    }

    void schedule(List<TimelineAction> timeline) {
        Simulator sim = model.simulator();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineAction action = timeline.get(i);
            int index = i;
            sim.schedule(action.at(), () -> apply(index, action));
        }
    }

    private void apply(int index, TimelineAction action) {
        if (action instanceof Snapshot s) {
            snapshots.take(s);
            return;
        }
        String target = target(action);
        injected.add(new InjectedEvent(index, model.simulator().now(), action.kind(), target));
        model.convergence().open(action.kind() + " " + target);
        dataPlane.eventAt(model.simulator().now());
        if (action instanceof CrashProcess a) {
            ops.crashProcess(server(a.server()), a.service());
        } else if (action instanceof RestartProcess a) {
            ops.restartProcess(server(a.server()), a.service());
        } else if (action instanceof CrashServer a) {
            ops.crashServer(server(a.server()));
        } else if (action instanceof RestoreServer a) {
            ops.restoreServer(server(a.server()));
        } else if (action instanceof CrashSwitch a) {
            // The NOC repairs it after the scenario's hosts.repair time (a draw per element).
            ops.crashSwitch((Switch) topology.node(a.switchName()));
        } else if (action instanceof RestoreSwitch a) {
            ops.restoreSwitch((Switch) topology.node(a.switchName()));
        } else if (action instanceof CrashRouter a) {
            ops.crashRouter((Router) topology.node(a.router()));
        } else if (action instanceof RestoreRouter a) {
            ops.restoreRouter((Router) topology.node(a.router()));
        } else if (action instanceof CutLink a) {
            ops.cutLink(link(a.a(), a.b()));
        } else if (action instanceof RestoreLink a) {
            ops.restoreLink(link(a.a(), a.b()));
        } else if (action instanceof WithdrawPrefix a) {
            withdraw(topology.node(a.node()), a.prefix());
        } else if (action instanceof AnnouncePrefix a) {
            announce(topology.node(a.node()), a.prefix());
        } else if (action instanceof SetWeight a) {
            Server s = server(a.server());
            for (Prefix p : a.prefix().map(List::of).orElse(topology.allServicePrefixes())) {
                ops.setWeight(s, p, a.weight());
            }
        } else if (action instanceof SetHashWeight a) {
            Node router = topology.node(a.router());
            Server s = server(a.server());
            model.forwarding().setHashWeight(router.id(), a.prefix().orElse(null), s.id(), (int) a.weight());
            model.log().log(LogKind.INFO, "hash-weight", router, router.name() + " gives " + s.name() + " weight "
                    + a.weight() + " in its hash table" + a.prefix().map(p -> " for " + p).orElse(""),
                    Map.of("server", s.name()));
        } else if (action instanceof SetLocalPref a) {
            setLocalPref(topology.node(a.router()), topology.node(a.neighbour()), (int) a.localPref());
        } else if (action instanceof Overload a) {
            ops.overloadServer(server(a.server()), a.extraRps());
        } else if (action instanceof StartAttack a) {
            model.log().log(LogKind.TRAFFIC, "attack-start", null, "attack " + a.attack() + " starts");
        } else if (action instanceof StopAttack a) {
            model.log().log(LogKind.TRAFFIC, "attack-stop", null, "attack " + a.attack() + " stops");
        } else if (action instanceof DestroyPops a) {
            destroyPops(a);
        }
    }

    /** "As facilities were vaporized ... their routers would stop announcing routes": one PoP per interval. */
    private void destroyPops(DestroyPops a) {
        for (int i = 0; i < a.pops().size(); i++) {
            String pop = a.pops().get(i);
            model.simulator().scheduleAfter(i * a.interval(), () -> {
                model.log().log(LogKind.FAILURE, "pop-loss", router(pop), "PoP " + pop + " is gone");
                Router r = router(pop);
                if (r != null && r.isUp()) {
                    ops.crashRouter(r, SimTime.NEVER);
                }
            });
        }
    }

    private Router router(String pop) {
        for (Node n : topology.popNodes(pop)) {
            if (n instanceof Router r) {
                return r;
            }
        }
        return null;
    }

    private void withdraw(Node node, Prefix prefix) {
        if (node instanceof Server s) {
            model.hosts().host(s).routes().withdrawByOperator(prefix);
        } else {
            model.bgp().speaker(node).stopOriginating(prefix);
            model.log().log(LogKind.WITHDRAW, "operator-withdraw", node, node.name() + " stops announcing " + prefix,
                    Map.of("prefix", prefix.toString()));
        }
    }

    private void announce(Node node, Prefix prefix) {
        if (node instanceof Server s) {
            model.hosts().host(s).routes().announceByOperator(prefix);
        } else {
            Speaker sp = model.bgp().speaker(node);
            sp.originate(prefix, org.anycastsim.core.bgp.PathAttributes.of(org.anycastsim.core.bgp.AsPath.EMPTY,
                    org.anycastsim.core.bgp.Origin.IGP, node.address()));
            model.log().log(LogKind.ANNOUNCE, "operator-announce", node, node.name() + " announces " + prefix,
                    Map.of("prefix", prefix.toString()));
        }
    }

    /** Routes from {@code neighbour} get a new LOCAL_PREF at {@code router} (a route leak when used so). */
    private void setLocalPref(Node router, Node neighbour, int localPref) {
        for (Session s : model.bgp().speaker(router).sessions()) {
            if (s.neighbour().node() == neighbour) {
                Policy old = s.importPolicy();
                List<Rule> rules = new ArrayList<>();
                rules.add(new Rule("set-local-pref " + localPref, Match.always(),
                        List.of(new Action.SetLocalPref(localPref)), Verdict.NEXT));
                rules.addAll(old.rules());
                s.setImportPolicy(new Policy(old.name() + "+local-pref", rules, old.defaultVerdict()));
                model.log().log(LogKind.INFO, "set-local-pref", router, router.name() + " gives routes from "
                        + neighbour.name() + " local-pref " + localPref, Map.of("neighbour", neighbour.name()));
            }
        }
    }

    private Server server(String name) {
        return (Server) topology.node(name);
    }

    private Link link(String a, String b) {
        return topology.linkBetween(topology.node(a), topology.node(b));
    }

    private static String target(TimelineAction action) {
        if (action instanceof CrashProcess a) {
            return a.server() + "/" + a.service();
        } else if (action instanceof RestartProcess a) {
            return a.server() + "/" + a.service();
        } else if (action instanceof CrashServer a) {
            return a.server();
        } else if (action instanceof RestoreServer a) {
            return a.server();
        } else if (action instanceof CrashSwitch a) {
            return a.switchName();
        } else if (action instanceof RestoreSwitch a) {
            return a.switchName();
        } else if (action instanceof CrashRouter a) {
            return a.router();
        } else if (action instanceof RestoreRouter a) {
            return a.router();
        } else if (action instanceof CutLink a) {
            return a.a() + "-" + a.b();
        } else if (action instanceof RestoreLink a) {
            return a.a() + "-" + a.b();
        } else if (action instanceof WithdrawPrefix a) {
            return a.node() + " " + a.prefix();
        } else if (action instanceof AnnouncePrefix a) {
            return a.node() + " " + a.prefix();
        } else if (action instanceof SetWeight a) {
            return a.server() + " weight " + a.weight();
        } else if (action instanceof SetHashWeight a) {
            return a.router() + " hash " + a.server() + " x" + a.weight();
        } else if (action instanceof SetLocalPref a) {
            return a.router() + " <- " + a.neighbour();
        } else if (action instanceof Overload a) {
            return a.server();
        } else if (action instanceof StartAttack a) {
            return a.attack();
        } else if (action instanceof StopAttack a) {
            return a.attack();
        } else if (action instanceof DestroyPops a) {
            return String.join(",", a.pops());
        }
        return "";
    }
}
