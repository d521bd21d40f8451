package org.anycastsim.scenarios.scenario.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocObject;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.timeline.SnapshotKind;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction.*;

/** Reads the {@code timeline}: one action per entry, {@code {at: 60s, action: crash-server, server: ...}}. */
final class TimelineReader {

    private static final Map<String, SnapshotKind> SNAPSHOT_KINDS = new LinkedHashMap<>();

    static {
        for (SnapshotKind k : SnapshotKind.values()) {
            SNAPSHOT_KINDS.put(k.name().toLowerCase(Locale.ROOT), k);
        }
    }

    private final Problems problems;

    TimelineReader(Problems problems) {
        this.problems = problems;
    }

    List<TimelineAction> read(DocNode list) {
        return Fields.items(problems, list, this::action);
    }

    private TimelineAction action(DocNode node) {
        if (!(node instanceof DocObject object)) {
            throw Values.invalid(node, "expected an action ({at: 60s, action: crash-server, server: ...}), got "
                    + node.describe());
        }
        Optional<Entry> kindEntry = object.entry("action");
        if (kindEntry.isEmpty()) {
            problems.add(new Where(node.position(), Map.of()).at("action"),
                    "missing; every timeline entry needs 'at' and 'action' (one of "
                            + String.join(", ", Shapes.actions().keySet()) + ")");
            return null;
        }
        String kind = Values.oneOf(kindEntry.get().value(), Shapes.actions().keySet(), "an action");
        Fields f = new Fields(problems, node, Shapes.actions().get(kind));
        long at = f.getLong("at", Values::duration, 0);
        return switch (kind) {
            case "crash-process" -> two(f, "server", "service", (a, b, w) -> new CrashProcess(at, a, b, w));
            case "restart-process" -> two(f, "server", "service", (a, b, w) -> new RestartProcess(at, a, b, w));
            case "crash-server" -> one(f, "server", (n, w) -> new CrashServer(at, n, w));
            case "restore-server" -> one(f, "server", (n, w) -> new RestoreServer(at, n, w));
            case "crash-switch" -> one(f, "switch", (n, w) -> new CrashSwitch(at, n, w));
            case "restore-switch" -> one(f, "switch", (n, w) -> new RestoreSwitch(at, n, w));
            case "crash-router" -> one(f, "router", (n, w) -> new CrashRouter(at, n, w));
            case "restore-router" -> one(f, "router", (n, w) -> new RestoreRouter(at, n, w));
            case "cut-link" -> two(f, "a", "b", (a, b, w) -> new CutLink(at, a, b, w));
            case "restore-link" -> two(f, "a", "b", (a, b, w) -> new RestoreLink(at, a, b, w));
            case "withdraw-prefix", "announce-prefix" -> prefixAction(f, kind, at);
            case "set-weight" -> {
                String server = name(f, "server");
                long weight = f.getLong("weight", Values::integer, 0);
                var prefix = f.opt("prefix", Values::prefix);
                yield f.build(() -> new SetWeight(at, server, weight, prefix, f.where()));
            }
            case "set-hash-weight" -> {
                String router = name(f, "router");
                String server = name(f, "server");
                long weight = f.getLong("weight", Values::integer, 0);
                var prefix = f.opt("prefix", Values::prefix);
                yield f.build(() -> new SetHashWeight(at, router, server, weight, prefix, f.where()));
            }
            case "set-local-pref" -> {
                String router = name(f, "router");
                String neighbour = name(f, "neighbour");
                long localPref = f.getLong("localPref", Values::integer, 0);
                yield f.build(() -> new SetLocalPref(at, router, neighbour, localPref, f.where()));
            }
            case "overload" -> {
                String server = name(f, "server");
                double extra = f.opt("extra", Values::rate).orElse(0.0);
                yield f.build(() -> new Overload(at, server, extra, f.where()));
            }
            case "start-attack" -> one(f, "attack", (n, w) -> new StartAttack(at, n, w));
            case "stop-attack" -> one(f, "attack", (n, w) -> new StopAttack(at, n, w));
            case "destroy-pops" -> {
                List<String> pops = f.list("pops", Values::name);
                long interval = f.getLong("interval", Values::duration, 0);
                yield f.build(() -> new DestroyPops(at, pops, interval, f.where()));
            }
            case "snapshot" -> snapshot(f, at);
            default -> throw new IllegalStateException("no reader for action " + kind);
        };
    }

    /** Makes an action from two names and its position. */
    private interface TwoNames {
        TimelineAction make(String a, String b, Where where);
    }

    private static TimelineAction one(Fields f, String field, BiFunction<String, Where, TimelineAction> make) {
        String value = name(f, field);
        return f.build(() -> make.apply(value, f.where()));
    }

    private static TimelineAction two(Fields f, String first, String second, TwoNames make) {
        String a = name(f, first);
        String b = name(f, second);
        return f.build(() -> make.make(a, b, f.where()));
    }

    private static TimelineAction prefixAction(Fields f, String kind, long at) {
        String node = name(f, "node");
        var prefix = f.get("prefix", Values::prefix);
        return f.build(() -> kind.equals("withdraw-prefix") ? new WithdrawPrefix(at, node, prefix, f.where())
                : new AnnouncePrefix(at, node, prefix, f.where()));
    }

    private static String name(Fields f, String field) {
        return f.get(field, Values::name);
    }

    private static TimelineAction snapshot(Fields f, long at) {
        SnapshotKind what = f.get("what", n -> Values.choice(n, SNAPSHOT_KINDS, "a snapshot kind"));
        String label = f.opt("label", Values::name)
                .orElse(what == null ? "" : what.name().toLowerCase(Locale.ROOT) + "@" + SimTime.format(at));
        List<String> routers = f.list("routers", Values::name);
        var prefix = f.opt("prefix", Values::prefix);
        return f.build(() -> new Snapshot(at, label, what, routers, prefix, f.where()));
    }
}
