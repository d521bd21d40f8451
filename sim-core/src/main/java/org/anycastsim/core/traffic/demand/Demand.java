package org.anycastsim.core.traffic.demand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Topology;

/**
 * Who asks for what, and how much: a total rate per service (requests per second, the daily
 * mean) split over the client networks by their demand weights and over the service's prefixes
 * (evenly, or by configured shares), shaped by a diurnal profile, flash crowds and DDoS attacks.
 *
 * <p>Rates are indexed by dense client and prefix indices ({@link #clientIndex(int)},
 * {@link #prefixIndex(Prefix)}) so that the fluid model and the session sampler can keep them in
 * primitive arrays. Rates are piecewise constant: they change only at {@link #nextChangeAfter}
 * (flash crowd and attack boundaries, and diurnal steps when the profile is on).
 */
public final class Demand {
    /** Default step of the piecewise-constant diurnal curve: 5 simulated minutes. */
    public static final long DEFAULT_DIURNAL_STEP = SimTime.seconds(300);

    private final List<ClientNetwork> clients;
    private final int[] clientIndexOfNode;
    private final List<Prefix> prefixes;
    private final List<String> services;
    private final int[] serviceOfPrefix;
    private final double[] serviceRate;
    /** Legitimate rate of (client, prefix) before diurnal and flash-crowd factors: [client * P + prefix]. */
    private final double[] baseRate;
    private final double[] longitude;
    private final DiurnalProfile diurnal;
    private final long diurnalStep;
    private final List<FlashCrowd> crowds;
    private final boolean[][] crowdMembers;
    private final List<DdosAttack> attacks;
    private final int[] attackPrefix;
    /** Share of each attack carried by each client: [attack][client]. */
    private final double[][] attackShare;
    private final long[] boundaries;

    private Demand(Builder b) {
        Topology topology = b.topology;
        clients = topology.nodesOf(ClientNetwork.class);
        clientIndexOfNode = new int[topology.nodeCount()];
        Arrays.fill(clientIndexOfNode, -1);
        for (int c = 0; c < clients.size(); c++) {
            clientIndexOfNode[clients.get(c).id()] = c;
        }
        Map<String, List<Prefix>> byService = topology.servicePrefixes();
        for (String s : b.rates.keySet()) {
            if (!byService.containsKey(s)) {
                throw new IllegalArgumentException("service '" + s + "' has no prefixes in " + topology.name());
            }
        }
        services = List.copyOf(byService.keySet());
        prefixes = new ArrayList<>();
        List<Integer> svcOf = new ArrayList<>();
        List<Double> prefixShare = new ArrayList<>();
        serviceRate = new double[services.size()];
        for (int s = 0; s < services.size(); s++) {
            String service = services.get(s);
            List<Prefix> own = byService.get(service);
            serviceRate[s] = b.rates.getOrDefault(service, 0.0);
            double[] shares = shares(service, own.size(), b.shares.get(service));
            for (int i = 0; i < own.size(); i++) {
                prefixes.add(own.get(i));
                svcOf.add(s);
                prefixShare.add(shares[i]);
            }
        }
        serviceOfPrefix = svcOf.stream().mapToInt(Integer::intValue).toArray();
        double[] weightShare = weightShares(clients, c -> true);
        int pc = prefixes.size();
        baseRate = new double[clients.size() * pc];
        longitude = new double[clients.size()];
        for (int c = 0; c < clients.size(); c++) {
            longitude[c] = clients.get(c).location().longitude();
            for (int p = 0; p < pc; p++) {
                baseRate[c * pc + p] = serviceRate[serviceOfPrefix[p]] * weightShare[c] * prefixShare.get(p);
            }
        }
        diurnal = b.diurnal;
        diurnalStep = b.diurnalStep;
        crowds = List.copyOf(b.crowds);
        crowdMembers = new boolean[crowds.size()][clients.size()];
        for (int k = 0; k < crowds.size(); k++) {
            for (int c = 0; c < clients.size(); c++) {
                crowdMembers[k][c] = crowds.get(k).scope().matches(clients.get(c));
            }
        }
        attacks = List.copyOf(b.attacks);
        attackPrefix = new int[attacks.size()];
        attackShare = new double[attacks.size()][];
        for (int k = 0; k < attacks.size(); k++) {
            DdosAttack a = attacks.get(k);
            attackPrefix[k] = prefixes.indexOf(a.target());
            if (attackPrefix[k] < 0) {
                throw new IllegalArgumentException("attack target " + a.target() + " is not a service prefix");
            }
            attackShare[k] = weightShares(clients, a.sources()::matches);
        }
        List<Long> times = new ArrayList<>();
        crowds.forEach(f -> { times.add(f.startNanos()); times.add(f.endNanos()); });
        attacks.forEach(a -> { times.add(a.startNanos()); times.add(a.endNanos()); });
        boundaries = times.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
    }

    private static double[] shares(String service, int n, double[] configured) {
        double[] out = new double[n];
        if (configured == null) {
            Arrays.fill(out, 1.0 / n);
            return out;
        }
        if (configured.length != n) {
            throw new IllegalArgumentException("service '" + service + "' has " + n + " prefixes but "
                    + configured.length + " shares");
        }
        double sum = 0;
        for (double s : configured) {
            if (!(s >= 0) || Double.isInfinite(s)) {
                throw new IllegalArgumentException("prefix shares must be finite and >= 0");
            }
            sum += s;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("prefix shares of '" + service + "' sum to 0");
        }
        for (int i = 0; i < n; i++) {
            out[i] = configured[i] / sum;
        }
        return out;
    }

    /** Each matching client's share of the matching clients' total weight; even shares when that total is 0. */
    private static double[] weightShares(List<ClientNetwork> clients, java.util.function.Predicate<ClientNetwork> in) {
        double[] out = new double[clients.size()];
        double total = 0;
        int members = 0;
        for (ClientNetwork c : clients) {
            if (in.test(c)) {
                total += c.demandWeight();
                members++;
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (in.test(clients.get(i))) {
                out[i] = total > 0 ? clients.get(i).demandWeight() / total : 1.0 / members;
            }
        }
        return out;
    }

    public static Builder builder(Topology topology) {
        return new Builder(topology);
    }

    // ---- rates ----

    /** Legitimate requests per second from client {@code client} to prefix {@code prefix} at {@code timeNanos}. */
    public double legitRate(int client, int prefix, long timeNanos) {
        double r = baseRate[client * prefixes.size() + prefix];
        if (r == 0) {
            return 0;
        }
        r *= diurnal.factor(longitude[client], diurnalTime(timeNanos));
        for (int k = 0; k < crowds.size(); k++) {
            if (crowdMembers[k][client] && crowds.get(k).activeAt(timeNanos)) {
                r *= crowds.get(k).factor();
            }
        }
        return r;
    }

    /** Attack requests per second from {@code client} to {@code prefix} at {@code timeNanos}. */
    public double attackRate(int client, int prefix, long timeNanos) {
        double r = 0;
        for (int k = 0; k < attacks.size(); k++) {
            if (attackPrefix[k] == prefix && attacks.get(k).activeAt(timeNanos)) {
                r += attacks.get(k).rps() * attackShare[k][client];
            }
        }
        return r;
    }

    /** The diurnal curve is a staircase: the factor of the step's start holds for the whole step. */
    private long diurnalTime(long timeNanos) {
        return timeNanos - timeNanos % diurnalStep;
    }

    /** The first instant after {@code timeNanos} at which some rate changes, or {@link SimTime#NEVER}. */
    public long nextChangeAfter(long timeNanos) {
        long next = SimTime.NEVER;
        int i = Arrays.binarySearch(boundaries, timeNanos);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i < boundaries.length) {
            next = boundaries[i];
        }
        if (!diurnal.isOff()) {
            next = Math.min(next, diurnalTime(timeNanos) + diurnalStep);
        }
        return next;
    }

    // ---- indices ----

    public int clientCount() {
        return clients.size();
    }

    public ClientNetwork client(int index) {
        return clients.get(index);
    }

    public List<ClientNetwork> clients() {
        return clients;
    }

    /** The client index of a node id, or -1 for nodes that are not client networks. */
    public int clientIndex(int nodeId) {
        return nodeId >= 0 && nodeId < clientIndexOfNode.length ? clientIndexOfNode[nodeId] : -1;
    }

    public int prefixCount() {
        return prefixes.size();
    }

    public Prefix prefix(int index) {
        return prefixes.get(index);
    }

    public List<Prefix> prefixes() {
        return List.copyOf(prefixes);
    }

    public int prefixIndex(Prefix prefix) {
        return prefixes.indexOf(prefix);
    }

    public int serviceCount() {
        return services.size();
    }

    public String service(int index) {
        return services.get(index);
    }

    public List<String> services() {
        return services;
    }

    public int serviceIndex(String service) {
        return services.indexOf(service);
    }

    /** The service index answering on prefix {@code prefix}. */
    public int serviceOfPrefix(int prefix) {
        return serviceOfPrefix[prefix];
    }

    /** The configured (daily mean) rate of a service. */
    public double serviceRate(String service) {
        int s = services.indexOf(service);
        return s < 0 ? 0 : serviceRate[s];
    }

    /** Sum of all legitimate rates at {@code timeNanos}. */
    public double totalLegitRate(long timeNanos) {
        double sum = 0;
        for (int c = 0; c < clients.size(); c++) {
            for (int p = 0; p < prefixes.size(); p++) {
                sum += legitRate(c, p, timeNanos);
            }
        }
        return sum;
    }

    public DiurnalProfile diurnal() {
        return diurnal;
    }

    public List<FlashCrowd> flashCrowds() {
        return crowds;
    }

    public List<DdosAttack> attacks() {
        return attacks;
    }

    /** Configures a {@link Demand}. */
    public static final class Builder {
        private final Topology topology;
        private final Map<String, Double> rates = new LinkedHashMap<>();
        private final Map<String, double[]> shares = new HashMap<>();
        private DiurnalProfile diurnal = DiurnalProfile.OFF;
        private long diurnalStep = DEFAULT_DIURNAL_STEP;
        private final List<FlashCrowd> crowds = new ArrayList<>();
        private final List<DdosAttack> attacks = new ArrayList<>();

        private Builder(Topology topology) {
            this.topology = Objects.requireNonNull(topology, "topology");
        }

        /** The service's total legitimate rate in requests per second (its daily mean). */
        public Builder serviceRate(String service, double rps) {
            if (!(rps >= 0) || Double.isInfinite(rps)) {
                throw new IllegalArgumentException("rate must be finite and >= 0: " + rps);
            }
            rates.put(service, rps);
            return this;
        }

        /** How the service's demand splits over its prefixes, in declaration order (normalised). */
        public Builder prefixShares(String service, double... prefixShares) {
            shares.put(service, prefixShares.clone());
            return this;
        }

        public Builder diurnal(DiurnalProfile profile) {
            this.diurnal = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** Length of the steps of the piecewise-constant diurnal curve. */
        public Builder diurnalStep(long stepNanos) {
            if (stepNanos <= 0) {
                throw new IllegalArgumentException("diurnal step must be > 0");
            }
            this.diurnalStep = stepNanos;
            return this;
        }

        public Builder flashCrowd(FlashCrowd crowd) {
            crowds.add(Objects.requireNonNull(crowd, "crowd"));
            return this;
        }

        public Builder attack(DdosAttack attack) {
            attacks.add(Objects.requireNonNull(attack, "attack"));
            return this;
        }

        public Demand build() {
            return new Demand(this);
        }
    }
}
