package org.anycastsim.scenarios.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.anycastsim.core.geo.PropagationModel;
import org.anycastsim.core.net.Prefix;

/**
 * Every knob of the {@link Cloudflare2013} world, validated. Start from {@link #defaults()} and
 * change what a scenario needs through {@link #toBuilder()}; MODELLING-ASSUMPTIONS.md ("The
 * cloudflare-2013 world") says why each default is what it is.
 *
 * @param assumedPops             which candidates fill the two unidentified sites (default MAD, ICN)
 * @param serversPerSizeClass     servers of a PoP by its size class (LARGE 16, MEDIUM 10, SMALL 4)
 * @param serversPerPop           per-PoP server counts that win over the size class
 * @param sizeClasses             per-PoP size classes that win over cloudflare_pop_sizes_2013.csv
 * @param switchesPerPop          switches in each PoP; servers are split over them in contiguous halves
 * @param transitAses             the transit networks in the world, in build order (default: all 15)
 * @param zooBackbones            transit AS -> bundled Topology Zoo graph replacing its metro list
 *                                (e.g. 174 -> "Cogentco"); default none, to keep the world small
 * @param propagation             WAN delay from distance (path inflation, fibre speed)
 * @param links                   capacities and fixed delays
 * @param metroRadiusKm           a PoP meets a network's router, and two Zoo/metro routers share a
 *                                metro, within this distance (100 km: airport to city centre)
 * @param minProvidersPerPop      a PoP with fewer providers in its metro gets backhauled ports to the
 *                                nearest further providers (2)
 * @param maxBackhaulKm           ... but not farther than this (1500 km)
 * @param backboneNearestNeighbours each backbone router links to this many nearest routers of its AS (3)
 * @param tier1InterconnectsPerPair metros at which two tier-1s interconnect (6: two per region they share)
 * @param transitInterconnectsPerPair metros at which other pairs of networks (a customer and its
 *                                provider, two non-tier-1 peers) interconnect (8)
 * @param fullMeshMaxRouters      networks with more routers use route reflectors instead of a full
 *                                iBGP mesh (64: every metro-list network of the default world is a mesh)
 * @param eyeballUpstreams        transit networks each eyeball network buys from (2)
 * @param operatorTransitRadiusKm one of them is the nearest router of one of the operator's providers
 *                                within this distance, where there is one (3000 km: the regional
 *                                carriers' reach; 0: upstreams by proximity alone)
 * @param upstreamOverrides       eyeball code ("CN", "US-NEN") -> the transit ASes it buys from instead,
 *                                each at that network's router nearest to it; default none
 * @param dataUpstreams           use eyeball_upstreams_2013.csv (China buys from AS1239 and AS3356, as
 *                                China Telecom did) where the options pin nothing and the ASes exist
 * @param aggregationThresholdUsers countries with fewer Internet users are merged per UN sub-region (1 M)
 * @param splitLargeCountries     split USA, Canada, Russia and China into regions (eyeball_splits.csv)
 * @param taiwanUsers             users added for Taiwan, absent from the World Bank data (17 M; 0: none)
 * @param peeringShare            share of the eyeball networks near a PoP that peer with the operator
 * @param peeringRadiusKm         "near a PoP" (1000 km)
 * @param servicePrefixes         service -> anycast prefixes (dns, proxy: CloudFlare's 2013 ranges)
 * @param extraProxyPrefixes      extra proxy /24s for benchmarks, carved from {@code extraPrefixPool}
 * @param extraPrefixPool         where extra prefixes come from (104.16.0.0/12)
 * @param clientBlockPool         where the eyeball networks' client blocks come from (11.0.0.0/8)
 * @param clientBlockLength       length of each client block (/16)
 */
public record Cloudflare2013Options(
        List<String> assumedPops,
        Map<SizeClass, Integer> serversPerSizeClass,
        Map<String, Integer> serversPerPop,
        Map<String, SizeClass> sizeClasses,
        int switchesPerPop,
        List<Integer> transitAses,
        Map<Integer, String> zooBackbones,
        PropagationModel propagation,
        LinkSettings links,
        double metroRadiusKm,
        int minProvidersPerPop,
        double maxBackhaulKm,
        int backboneNearestNeighbours,
        int tier1InterconnectsPerPair,
        int transitInterconnectsPerPair,
        int fullMeshMaxRouters,
        int eyeballUpstreams,
        double operatorTransitRadiusKm,
        Map<String, List<Integer>> upstreamOverrides,
        boolean dataUpstreams,
        long aggregationThresholdUsers,
        boolean splitLargeCountries,
        long taiwanUsers,
        double peeringShare,
        double peeringRadiusKm,
        Map<String, List<Prefix>> servicePrefixes,
        int extraProxyPrefixes,
        Prefix extraPrefixPool,
        Prefix clientBlockPool,
        int clientBlockLength) {

    private static final Prefix LOOPBACKS = Prefix.parse("10.0.0.0/8");
    private static final Prefix LINK_ADDRESSES = Prefix.parse("100.64.0.0/10");

    public Cloudflare2013Options {
        WorldData data = WorldData.get();
        assumedPops = List.copyOf(assumedPops);
        serversPerSizeClass = Map.copyOf(serversPerSizeClass);
        serversPerPop = Map.copyOf(serversPerPop);
        sizeClasses = Map.copyOf(sizeClasses);
        transitAses = List.copyOf(transitAses);
        Map<String, List<Integer>> upstreams = new LinkedHashMap<>();
        upstreamOverrides.forEach((code, asns) -> upstreams.put(code, List.copyOf(asns)));
        upstreamOverrides = Collections.unmodifiableMap(upstreams);
        zooBackbones = Map.copyOf(zooBackbones);
        Objects.requireNonNull(propagation, "propagation");
        Objects.requireNonNull(links, "links");
        Map<String, List<Prefix>> services = new LinkedHashMap<>();
        servicePrefixes.forEach((service, prefixes) -> services.put(service, List.copyOf(prefixes)));
        servicePrefixes = Collections.unmodifiableMap(services); // keeps the declaration order
        Objects.requireNonNull(extraPrefixPool, "extraPrefixPool");
        Objects.requireNonNull(clientBlockPool, "clientBlockPool");

        Set<String> candidates = new HashSet<>();
        data.popCandidates().forEach(p -> candidates.add(p.code()));
        for (String code : assumedPops) {
            require(candidates.contains(code), "assumedPops: " + code + " is not a candidate " + candidates);
        }
        require(new HashSet<>(assumedPops).size() == assumedPops.size(), "assumedPops: a site is listed twice");
        for (SizeClass c : SizeClass.values()) {
            Integer n = serversPerSizeClass.get(c);
            require(n != null && n >= 1, "serversPerSizeClass: " + c + " needs at least 1 server, got " + n);
        }
        Set<String> pops = new HashSet<>(assumedPops);
        data.knownPops().forEach(p -> pops.add(p.code()));
        serversPerPop.forEach((pop, n) -> {
            require(pops.contains(pop), "serversPerPop: no PoP " + pop + " in this world");
            require(n >= 1, "serversPerPop: " + pop + " needs at least 1 server, got " + n);
        });
        sizeClasses.keySet().forEach(pop -> require(pops.contains(pop),
                "sizeClasses: no PoP " + pop + " in this world"));
        require(switchesPerPop >= 1, "switchesPerPop must be at least 1, got " + switchesPerPop);

        Set<Integer> known = new HashSet<>();
        data.transitAses().forEach(t -> known.add(t.asn()));
        require(!transitAses.isEmpty(), "transitAses: at least one transit network is needed");
        require(new HashSet<>(transitAses).size() == transitAses.size(), "transitAses: an AS is listed twice");
        for (int asn : transitAses) {
            require(known.contains(asn), "transitAses: AS" + asn + " is not one of " + new TreeSet<>(known));
        }
        boolean anyProvider = transitAses.stream()
                .anyMatch(asn -> data.relationships().providersOf(Cloudflare2013.OPERATOR_ASN).contains((long) asn));
        require(anyProvider, "transitAses: keep at least one of the operator's providers "
                + data.relationships().providersOf(Cloudflare2013.OPERATOR_ASN));
        for (Map.Entry<Integer, String> zoo : zooBackbones.entrySet()) {
            require(transitAses.contains(zoo.getKey()),
                    "zooBackbones: AS" + zoo.getKey() + " is not among the transit networks");
            require(ZooBackbone.isBundled(zoo.getValue()),
                    "zooBackbones: no bundled Topology Zoo graph '" + zoo.getValue() + "' (one of "
                            + ZooBackbone.BUNDLED + ")");
        }

        require(metroRadiusKm > 0 && Double.isFinite(metroRadiusKm),
                "metroRadiusKm must be positive: " + metroRadiusKm);
        require(minProvidersPerPop >= 1, "minProvidersPerPop must be at least 1, got " + minProvidersPerPop);
        require(maxBackhaulKm >= 0 && Double.isFinite(maxBackhaulKm), "maxBackhaulKm must be >= 0: " + maxBackhaulKm);
        require(backboneNearestNeighbours >= 0,
                "backboneNearestNeighbours must be >= 0, got " + backboneNearestNeighbours);
        require(tier1InterconnectsPerPair >= 1, "tier1InterconnectsPerPair must be at least 1");
        require(transitInterconnectsPerPair >= 1, "transitInterconnectsPerPair must be at least 1");
        require(fullMeshMaxRouters >= 2, "fullMeshMaxRouters must be at least 2, got " + fullMeshMaxRouters);
        require(eyeballUpstreams >= 1, "eyeballUpstreams must be at least 1, got " + eyeballUpstreams);
        require(operatorTransitRadiusKm >= 0 && Double.isFinite(operatorTransitRadiusKm),
                "operatorTransitRadiusKm must be >= 0: " + operatorTransitRadiusKm);
        for (Map.Entry<String, List<Integer>> e : upstreamOverrides.entrySet()) {
            require(!e.getValue().isEmpty(), "upstreamOverrides: " + e.getKey() + " needs at least one upstream");
            require(new HashSet<>(e.getValue()).size() == e.getValue().size(), "upstreamOverrides: " + e.getKey()
                    + " lists an AS twice");
            for (int asn : e.getValue()) {
                require(transitAses.contains(asn), "upstreamOverrides: AS" + asn + " (for " + e.getKey()
                        + ") is not among the transit networks");
            }
        }
        require(aggregationThresholdUsers >= 0, "aggregationThresholdUsers must be >= 0");
        require(taiwanUsers >= 0, "taiwanUsers must be >= 0");
        require(peeringShare >= 0 && peeringShare <= 1, "peeringShare must be in [0, 1]: " + peeringShare);
        require(peeringRadiusKm >= 0 && Double.isFinite(peeringRadiusKm), "peeringRadiusKm must be >= 0");

        require(!servicePrefixes.isEmpty(), "servicePrefixes: at least one service is needed");
        servicePrefixes.forEach((service, prefixes) -> require(!prefixes.isEmpty(),
                "servicePrefixes: " + service + " has no prefix"));
        require(extraProxyPrefixes >= 0, "extraProxyPrefixes must be >= 0");
        require(extraPrefixPool.length() <= 24, "extraPrefixPool must be /24 or shorter: " + extraPrefixPool);
        int extraRoom = 1 << (24 - extraPrefixPool.length());
        require(extraProxyPrefixes <= extraRoom,
                "extraProxyPrefixes: " + extraPrefixPool + " holds only " + extraRoom + " /24s");
        require(clientBlockLength >= clientBlockPool.length() && clientBlockLength <= 30,
                "clientBlockLength must be between the pool's length and 30: " + clientBlockLength);
        for (Prefix reserved : List.of(LOOPBACKS, LINK_ADDRESSES)) {
            require(!overlaps(clientBlockPool, reserved), "clientBlockPool " + clientBlockPool
                    + " overlaps the topology's own addresses " + reserved);
        }
        for (Prefix p : allServicePrefixes(servicePrefixes)) {
            require(!overlaps(clientBlockPool, p),
                    "clientBlockPool " + clientBlockPool + " overlaps service prefix " + p);
        }
        if (extraProxyPrefixes > 0) {
            require(!overlaps(clientBlockPool, extraPrefixPool), "clientBlockPool overlaps extraPrefixPool");
        }
    }

    /** The world as described in MODELLING-ASSUMPTIONS.md. */
    public static Cloudflare2013Options defaults() {
        return new Builder().build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Servers of {@code pop}: its own override, else by its size class. */
    public int serversOf(String pop, SizeClass sizeClass) {
        return serversPerPop.getOrDefault(pop, serversPerSizeClass.get(sizeClass));
    }

    /** The size class of {@code pop}: its override, else cloudflare_pop_sizes_2013.csv. */
    public SizeClass sizeClassOf(String pop) {
        SizeClass c = sizeClasses.get(pop);
        return c != null ? c : WorldData.get().popSizes().getOrDefault(pop, SizeClass.SMALL);
    }

    /**
     * The upstreams eyeball network {@code code} is pinned to: the options' own override (each AS at
     * its router nearest to the network), else the data's when enabled and all its ASes are in the
     * world, else null (chosen by proximity).
     */
    public List<UpstreamPin> pinnedUpstreams(String code) {
        List<Integer> own = upstreamOverrides.get(code);
        if (own != null) {
            return own.stream().map(asn -> new UpstreamPin(asn, null)).toList();
        }
        List<UpstreamPin> data = dataUpstreams ? WorldData.get().dataUpstreams().get(code) : null;
        return data != null && data.stream().allMatch(p -> transitAses.contains(p.asn())) ? data : null;
    }

    /** The extra proxy /24s, in address order from the pool's start. */
    public List<Prefix> extraPrefixes() {
        List<Prefix> out = new ArrayList<>();
        for (int i = 0; i < extraProxyPrefixes; i++) {
            out.add(new Prefix(extraPrefixPool.address() + (i << 8), 24));
        }
        return out;
    }

    private static List<Prefix> allServicePrefixes(Map<String, List<Prefix>> services) {
        List<Prefix> out = new ArrayList<>();
        services.values().forEach(out::addAll);
        return out;
    }

    private static boolean overlaps(Prefix x, Prefix y) {
        return x.contains(y) || y.contains(x);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private List<String> assumedPops = List.of("MAD", "ICN");
        private final Map<SizeClass, Integer> serversPerSizeClass = new EnumMap<>(Map.of(
                SizeClass.LARGE, 16, SizeClass.MEDIUM, 10, SizeClass.SMALL, 4));
        private final Map<String, Integer> serversPerPop = new LinkedHashMap<>();
        private final Map<String, SizeClass> sizeClasses = new LinkedHashMap<>();
        private int switchesPerPop = 2;
        private List<Integer> transitAses = WorldData.get().transitAses().stream().map(TransitAsSpec::asn).toList();
        private final Map<Integer, String> zooBackbones = new LinkedHashMap<>();
        private PropagationModel propagation = PropagationModel.DEFAULT;
        private LinkSettings links = LinkSettings.DEFAULT;
        private double metroRadiusKm = 100;
        private int minProvidersPerPop = 2;
        private double maxBackhaulKm = 1500;
        private int backboneNearestNeighbours = 3;
        private int tier1InterconnectsPerPair = 6;
        private int transitInterconnectsPerPair = 8;
        private int fullMeshMaxRouters = 64;
        private int eyeballUpstreams = 2;
        private double operatorTransitRadiusKm = 3000;
        private final Map<String, List<Integer>> upstreamOverrides = new LinkedHashMap<>();
        private boolean dataUpstreams = true;
        private long aggregationThresholdUsers = 1_000_000;
        private boolean splitLargeCountries = true;
        private long taiwanUsers = 17_000_000;
        private double peeringShare = 0.25;
        private double peeringRadiusKm = 1000;
        private final Map<String, List<Prefix>> servicePrefixes = new LinkedHashMap<>();
        private int extraProxyPrefixes;
        private Prefix extraPrefixPool = Prefix.parse("104.16.0.0/12");
        private Prefix clientBlockPool = Prefix.parse("11.0.0.0/8");
        private int clientBlockLength = 16;

        public Builder() {
            // CloudFlare's published ranges of the time: name servers in 173.245.58/59, proxies in 198.41.214/215.
            servicePrefixes.put("dns", List.of(Prefix.parse("173.245.58.0/24"), Prefix.parse("173.245.59.0/24")));
            servicePrefixes.put("proxy", List.of(Prefix.parse("198.41.214.0/24"), Prefix.parse("198.41.215.0/24")));
        }

        private Builder(Cloudflare2013Options o) {
            assumedPops = o.assumedPops;
            serversPerSizeClass.putAll(o.serversPerSizeClass);
            serversPerPop.putAll(o.serversPerPop);
            sizeClasses.putAll(o.sizeClasses);
            switchesPerPop = o.switchesPerPop;
            transitAses = o.transitAses;
            zooBackbones.putAll(o.zooBackbones);
            propagation = o.propagation;
            links = o.links;
            metroRadiusKm = o.metroRadiusKm;
            minProvidersPerPop = o.minProvidersPerPop;
            maxBackhaulKm = o.maxBackhaulKm;
            backboneNearestNeighbours = o.backboneNearestNeighbours;
            tier1InterconnectsPerPair = o.tier1InterconnectsPerPair;
            transitInterconnectsPerPair = o.transitInterconnectsPerPair;
            fullMeshMaxRouters = o.fullMeshMaxRouters;
            eyeballUpstreams = o.eyeballUpstreams;
            operatorTransitRadiusKm = o.operatorTransitRadiusKm;
            upstreamOverrides.putAll(o.upstreamOverrides);
            dataUpstreams = o.dataUpstreams;
            aggregationThresholdUsers = o.aggregationThresholdUsers;
            splitLargeCountries = o.splitLargeCountries;
            taiwanUsers = o.taiwanUsers;
            peeringShare = o.peeringShare;
            peeringRadiusKm = o.peeringRadiusKm;
            servicePrefixes.putAll(o.servicePrefixes);
            extraProxyPrefixes = o.extraProxyPrefixes;
            extraPrefixPool = o.extraPrefixPool;
            clientBlockPool = o.clientBlockPool;
            clientBlockLength = o.clientBlockLength;
        }

        public Builder assumedPops(List<String> codes) {
            this.assumedPops = List.copyOf(codes);
            return this;
        }

        public Builder serversPerSizeClass(SizeClass sizeClass, int servers) {
            serversPerSizeClass.put(sizeClass, servers);
            return this;
        }

        /** The same server count in every PoP (every size class, and no per-PoP overrides). */
        public Builder serversPerPop(int servers) {
            for (SizeClass c : SizeClass.values()) {
                serversPerSizeClass.put(c, servers);
            }
            serversPerPop.clear();
            return this;
        }

        public Builder serversPerPop(String pop, int servers) {
            serversPerPop.put(pop, servers);
            return this;
        }

        public Builder sizeClass(String pop, SizeClass sizeClass) {
            sizeClasses.put(pop, sizeClass);
            return this;
        }

        public Builder switchesPerPop(int switches) {
            this.switchesPerPop = switches;
            return this;
        }

        public Builder transitAses(List<Integer> asns) {
            this.transitAses = List.copyOf(asns);
            return this;
        }

        public Builder zooBackbone(int asn, String bundledGraph) {
            zooBackbones.put(asn, bundledGraph);
            return this;
        }

        public Builder propagation(PropagationModel model) {
            this.propagation = model;
            return this;
        }

        /** Shortcut: the default propagation model with another path inflation. */
        public Builder pathInflation(double inflation) {
            this.propagation = propagation.withPathInflation(inflation);
            return this;
        }

        public Builder links(LinkSettings settings) {
            this.links = settings;
            return this;
        }

        public Builder metroRadiusKm(double km) {
            this.metroRadiusKm = km;
            return this;
        }

        public Builder minProvidersPerPop(int n) {
            this.minProvidersPerPop = n;
            return this;
        }

        public Builder maxBackhaulKm(double km) {
            this.maxBackhaulKm = km;
            return this;
        }

        public Builder backboneNearestNeighbours(int k) {
            this.backboneNearestNeighbours = k;
            return this;
        }

        public Builder tier1InterconnectsPerPair(int n) {
            this.tier1InterconnectsPerPair = n;
            return this;
        }

        public Builder transitInterconnectsPerPair(int n) {
            this.transitInterconnectsPerPair = n;
            return this;
        }

        public Builder fullMeshMaxRouters(int n) {
            this.fullMeshMaxRouters = n;
            return this;
        }

        public Builder eyeballUpstreams(int n) {
            this.eyeballUpstreams = n;
            return this;
        }

        public Builder operatorTransitRadiusKm(double km) {
            this.operatorTransitRadiusKm = km;
            return this;
        }

        /** The eyeball network {@code code} ("CN-S", "US-NEN") buys from these transit ASes instead. */
        public Builder upstreams(String eyeballCode, List<Integer> asns) {
            upstreamOverrides.put(eyeballCode, List.copyOf(asns));
            return this;
        }

        public Builder dataUpstreams(boolean use) {
            this.dataUpstreams = use;
            return this;
        }

        public Builder aggregationThresholdUsers(long users) {
            this.aggregationThresholdUsers = users;
            return this;
        }

        public Builder splitLargeCountries(boolean split) {
            this.splitLargeCountries = split;
            return this;
        }

        public Builder taiwanUsers(long users) {
            this.taiwanUsers = users;
            return this;
        }

        public Builder peeringShare(double share) {
            this.peeringShare = share;
            return this;
        }

        public Builder peeringRadiusKm(double km) {
            this.peeringRadiusKm = km;
            return this;
        }

        /** Replaces the prefixes of one service (adds the service if it is new). */
        public Builder servicePrefixes(String service, List<Prefix> prefixes) {
            servicePrefixes.put(service, List.copyOf(prefixes));
            return this;
        }

        /** Removes every service, to declare new ones with {@link #servicePrefixes(String, List)}. */
        public Builder clearServicePrefixes() {
            servicePrefixes.clear();
            return this;
        }

        public Builder extraProxyPrefixes(int n) {
            this.extraProxyPrefixes = n;
            return this;
        }

        public Builder extraPrefixPool(Prefix pool) {
            this.extraPrefixPool = pool;
            return this;
        }

        public Builder clientBlockPool(Prefix pool) {
            this.clientBlockPool = pool;
            return this;
        }

        public Builder clientBlockLength(int length) {
            this.clientBlockLength = length;
            return this;
        }

        public Cloudflare2013Options build() {
            return new Cloudflare2013Options(assumedPops, serversPerSizeClass, serversPerPop, sizeClasses,
                    switchesPerPop, transitAses, zooBackbones, propagation, links, metroRadiusKm, minProvidersPerPop,
                    maxBackhaulKm, backboneNearestNeighbours, tier1InterconnectsPerPair, transitInterconnectsPerPair,
                    fullMeshMaxRouters, eyeballUpstreams, operatorTransitRadiusKm, upstreamOverrides, dataUpstreams,
                    aggregationThresholdUsers,
                    splitLargeCountries, taiwanUsers,
                    peeringShare, peeringRadiusKm, servicePrefixes, extraProxyPrefixes, extraPrefixPool,
                    clientBlockPool, clientBlockLength);
        }
    }
}
