package org.anycastsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.model.AnycastModel;
import org.anycastsim.core.model.ModelConfig;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.scenarios.run.InitialConvergence;
import org.anycastsim.scenarios.traceroute.Place;
import org.anycastsim.scenarios.traceroute.Places;
import org.anycastsim.scenarios.traceroute.Traceroute;
import org.anycastsim.scenarios.world.BuiltInTopologies;
import org.anycastsim.scenarios.world.World;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anycast-sim traceroute --from PLACE --to IP}: which PoP and server answer a user, and by which way. */
@Command(
        name = "traceroute",
        mixinStandardHelpOptions = true,
        description = {
            "Which PoP and server answer a place, and by which way.",
            "Trace one UDP packet from a place to an address through a built-in world, as the seed post's "
                    + "traceroutes do: build the world, start BGP, let it converge, and walk the packet through "
                    + "the routers' FIBs (BGP best paths, hot potato inside each transit network, ECMP hashing "
                    + "of the 5-tuple inside the PoP) to the server that answers.",
            "PLACE is, in this order: a node name (eb-GB, LHR-r1); a PoP code (LHR: its router); an eyeball "
                    + "network's code (GB, US-NEN); a country by ISO code or English name (US gives its region "
                    + "with the most users); an eyeball network's name; or a city, a PoP's or a metro's (London "
                    + "means the London users: the nearest eyeball network of the city's country). Case does "
                    + "not matter.",
            "Converged means: BGP ran until no route and no FIB entry had changed for twice the longest MRAI "
                    + "(60 s of simulated time with the default 30 s eBGP MRAI; cloudflare-2013 settles near "
                    + "t = 30 s, so the trace happens near t = 90 s), at most 3600 s. --at traces at a fixed "
                    + "simulated time instead.",
            "RTT is twice the one-way delay (propagation plus 50 us per router), the reply assumed to take "
                    + "the same way back. Exit status: 0 when a server answered, 1 when the packet found no "
                    + "route, 2 for bad input (an unknown place prints suggestions)."
        },
        footer = {"", "Examples:", "  anycast-sim traceroute --from London --to 198.41.214.1",
            "  anycast-sim traceroute --from \"San Jose\" --to 173.245.58.1 --json",
            "  anycast-sim traceroute --from US-NEN --to 198.41.215.9 --at 5"})
final class TracerouteCommand implements Callable<Integer> {
    /** An hour of simulated time: keepalives and BFD keep the kernel busy, so later costs minutes of wall time. */
    private static final int MAX_AT_SECONDS = 3600;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "PLACE",
            description = "Where the packet starts: city, country, eyeball network, PoP code or node name.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "IP",
            description = "The destination address, e.g. 198.41.214.1 (proxy) or 173.245.58.1 (dns).")
    String to;

    @Option(names = "--topology", paramLabel = "NAME", defaultValue = "cloudflare-2013",
            description = "The built-in world (default: ${DEFAULT-VALUE}; see 'anycast-sim list').")
    String topology;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed of the run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--at", paramLabel = "SECONDS",
            description = "Trace at this simulated time in seconds instead of after convergence "
                    + "(e.g. 5: before the eBGP MRAI lets the second wave of UPDATEs through).")
    Double at;

    @Option(names = "--src-port", defaultValue = "" + Traceroute.DEFAULT_PORT,
            description = "UDP source port; it feeds the ECMP hash (default: ${DEFAULT-VALUE}).")
    int srcPort;

    @Option(names = "--dst-port", defaultValue = "" + Traceroute.DEFAULT_PORT,
            description = "UDP destination port (default: ${DEFAULT-VALUE}).")
    int dstPort;

    @Option(names = "--json", description = "Print one JSON object {\"from\", \"to\", \"pop\", \"host\", \"hops\": "
            + "[{\"hop\", \"node\", \"as\", \"rttMs\"}], ...} instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        int dstIp = Ipv4.parse(to);
        requirePort("--src-port", srcPort);
        requirePort("--dst-port", dstPort);
        if (at != null && !(at >= 0 && at <= MAX_AT_SECONDS)) {
            throw new IllegalArgumentException("--at must be between 0 and " + MAX_AT_SECONDS + " seconds, got " + at);
        }
        World world = BuiltInTopologies.get(topology).build();
        // Read the place before running anything: a typo costs no BGP run.
        Place place = new Places(world).resolve(from);
        AnycastModel model = AnycastModel.build(world.topology(), world.sessions(), ModelConfig.defaults(), seed);
        InitialConvergence.Result convergence = null;
        if (at == null) {
            convergence = InitialConvergence.run(model);
        } else {
            model.start();
            model.simulator().runUntil(SimTime.seconds(at));
        }
        Traceroute.Result trace = Traceroute.trace(model, place, dstIp, srcPort, dstPort);
        PrintWriter out = spec.commandLine().getOut();
        TracerouteOutput output = new TracerouteOutput(trace, world.name(), seed, convergence);
        if (json) {
            out.println(output.json());
        } else {
            output.text(out);
        }
        out.flush();
        return trace.path().delivered() ? 0 : 1;
    }

    private static void requirePort(String option, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(option + " must be a port number 0..65535, got " + port);
        }
    }
}
