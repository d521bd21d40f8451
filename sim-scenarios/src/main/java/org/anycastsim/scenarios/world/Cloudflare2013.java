package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.anycastsim.core.net.AsRole;
import org.anycastsim.core.net.AutonomousSystem;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Router;
import org.anycastsim.core.net.SessionPlan;
import org.anycastsim.core.net.Topology;
import org.anycastsim.scenarios.importer.AsRelationships;

/**
 * The built-in world {@code cloudflare-2013}: CloudFlare's network as the seed post describes it
 * (23 PoPs, each a router, switches and servers announcing anycast prefixes), the transit
 * networks it bought from and their tier-1 neighbours, and eyeball networks per country carrying
 * 2013 Internet users as demand. Where a client lands is decided by BGP over this graph: the
 * shortest AS path, then hot potato inside each transit network (lowest IGP cost to the exit).
 *
 * <p>Build order, which fixes node and link ids (the same options always give the same world):
 * ASes (the operator, transit networks in option order), the PoPs' LANs, the transit backbones
 * with their iBGP, the interconnects between transit networks, the PoPs' transit ports, the
 * eyeball networks with their upstreams and peerings, and last the service prefixes.
 *
 * <p>The operator has no backbone of its own (none is mentioned in 2013): each PoP is an island
 * that announces the service prefixes by itself, and its router has no iBGP session with other
 * PoPs, only with its own servers.
 */
public final class Cloudflare2013 {
    public static final int OPERATOR_ASN = 13335;
    public static final String NAME = "cloudflare-2013";
    public static final String DESCRIPTION = "CloudFlare in 2013: 23 anycast PoPs, its transit providers and tier-1s, "
            + "eyeball networks per country weighted by Internet users";

    private Cloudflare2013() {}

    public static World build() {
        return build(Cloudflare2013Options.defaults());
    }

    public static World build(Cloudflare2013Options o) {
        WorldData data = WorldData.get();
        Topology t = new Topology(NAME);
        SessionPlan.Builder sessions = SessionPlan.builder(t).ibgpNextHopSelf(true);
        List<String> notes = new ArrayList<>();

        AutonomousSystem operator = t.addAs(OPERATOR_ASN, "CloudFlare", AsRole.OPERATOR);
        Map<Integer, TransitAsSpec> specs = new HashMap<>();
        data.transitAses().forEach(s -> specs.put(s.asn(), s));
        Map<Integer, AutonomousSystem> transitAs = new LinkedHashMap<>();
        for (int asn : o.transitAses()) {
            TransitAsSpec s = specs.get(asn);
            transitAs.put(asn, t.addAs(asn, s.name(), s.role()));
        }

        List<PopSite> sites = sites(data, o, notes);
        Map<String, Router> popRouters = new LinkedHashMap<>();
        for (PopSite site : sites) {
            int servers = o.serversOf(site.code(), o.sizeClassOf(site.code()));
            popRouters.put(site.code(), PopLan.build(t, sessions, operator, site.code(), site.location(),
                    o.switchesPerPop(), servers, o.links()));
        }

        Map<Router, Metro> nearestMetro = new HashMap<>();
        Function<Router, Metro> metroOf = r -> nearestMetro.computeIfAbsent(r,
                k -> Metros.nearest(data.metros().values(), k.location()));
        Function<Router, String> continentOf = r -> metroOf.apply(r).continent();
        Map<Integer, TransitAs> transit = new LinkedHashMap<>();
        for (Map.Entry<Integer, AutonomousSystem> e : transitAs.entrySet()) {
            String zoo = o.zooBackbones().get(e.getKey());
            TransitAs built = zoo == null
                    ? TransitNetworks.fromMetros(t, sessions, e.getValue(), specs.get(e.getKey()), o, continentOf)
                    : TransitNetworks.fromZoo(t, sessions, e.getValue(), zoo, o, continentOf);
            transit.put(e.getKey(), built);
            if (zoo != null) {
                notes.add(built.as().label() + " backbone from Topology Zoo graph " + zoo + ": "
                        + built.routers().size() + " routers, serving " + built.routerAtMetro().size()
                        + " metros of the catalogue");
            }
        }
        AsRelationships relationships = data.relationships();
        notes.addAll(Interconnects.connect(t, sessions, transit, relationships, o));

        List<TransitAs> all = List.copyOf(transit.values());
        Map<String, List<Integer>> providersOf = PopUplinks.attach(t, sessions, popRouters,
                PopUplinks.among(all, relationships.providersOf(OPERATOR_ASN)),
                PopUplinks.among(all, relationships.peersOf(OPERATOR_ASN)), o, notes);

        List<EyeballSpec> eyeballSpecs = EyeballPlan.plan(data, o);
        describeEyeballs(eyeballSpecs, o, notes);
        Set<Integer> operatorProviders = new HashSet<>();
        relationships.providersOf(OPERATOR_ASN).forEach(asn -> operatorProviders.add(Math.toIntExact(asn)));
        List<Eyeball> eyeballs = Eyeballs.build(t, sessions, eyeballSpecs, all, operatorProviders, popRouters,
                metroOf, o, notes);

        o.servicePrefixes().forEach((service, prefixes) -> prefixes.forEach(p -> t.addServicePrefix(service, p)));
        for (Prefix p : o.extraPrefixes()) {
            t.addServicePrefix("proxy", p);
        }

        List<Pop> pops = new ArrayList<>();
        for (PopSite site : sites) {
            SizeClass size = o.sizeClassOf(site.code());
            pops.add(new Pop(site.code(), site.city(), site.country(), site.region(), site.location(), size,
                    o.serversOf(site.code(), size), !isKnown(data, site.code()), providersOf.get(site.code())));
        }
        return new World(NAME, DESCRIPTION, t, sessions.build(), pops, all, eyeballs, notes, o);
    }

    /** The 21 identified sites, then the chosen candidates for the two unidentified ones. */
    private static List<PopSite> sites(WorldData data, Cloudflare2013Options o, List<String> notes) {
        List<PopSite> sites = new ArrayList<>(data.knownPops());
        for (String code : o.assumedPops()) {
            PopSite site = data.popCandidates().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
            sites.add(site);
            notes.add("PoP " + code + " (" + site.city() + ", " + site.country() + ") is assumed: one of the two"
                    + " 2013 sites no source identifies");
        }
        return sites;
    }

    private static boolean isKnown(WorldData data, String code) {
        return data.knownPops().stream().anyMatch(p -> p.code().equals(code));
    }

    private static void describeEyeballs(List<EyeballSpec> specs, Cloudflare2013Options o, List<String> notes) {
        long merged = specs.stream().filter(s -> s.members().size() > 1).count();
        long mergedCountries = specs.stream().filter(s -> s.members().size() > 1)
                .mapToLong(s -> s.members().size()).sum();
        notes.add(String.format(Locale.ROOT, "%d countries with fewer than %,d Internet users merged into %d networks"
                + " by UN sub-region", mergedCountries, o.aggregationThresholdUsers(), merged));
        if (o.taiwanUsers() > 0) {
            notes.add(String.format(Locale.ROOT, "Taiwan added by hand with %,d Internet users (absent from the"
                    + " World Bank series)", o.taiwanUsers()));
        }
        for (EyeballSpec e : specs) {
            List<UpstreamPin> pinned = o.pinnedUpstreams(e.code());
            if (pinned != null) {
                notes.add("eyeball network " + e.code() + " buys from "
                        + String.join(", ", pinned.stream().map(UpstreamPin::toString).toList())
                        + (o.upstreamOverrides().containsKey(e.code()) ? " (options)"
                                : " (eyeball_upstreams_2013.csv)"));
            }
        }
        if (o.splitLargeCountries()) {
            notes.add("USA, Canada, Russia and China split into regions by population (eyeball_splits.csv)");
        }
    }
}
