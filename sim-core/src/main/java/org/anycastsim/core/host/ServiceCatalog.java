package org.anycastsim.core.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.net.Topology;

/**
 * The services every server may run, and their anycast prefixes: service name to its prefixes
 * (from {@link Topology#servicePrefixes()}), to its process spec, and to the prefixes its failure
 * withdraws. Services and prefixes get dense indices (declaration order) so that per-server state
 * lives in primitive arrays.
 */
public final class ServiceCatalog {
    private final List<ServiceSpec> specs;
    private final Map<String, Integer> serviceIndex = new HashMap<>();
    private final List<List<Prefix>> prefixesByService = new ArrayList<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    private final Map<Prefix, Integer> prefixIndex = new HashMap<>();
    private final int[] serviceOfPrefix;
    private final int[][] failureWithdraws;

    private ServiceCatalog(Map<String, List<Prefix>> servicePrefixes, List<ServiceSpec> specs) {
        this.specs = List.copyOf(specs);
        for (int i = 0; i < this.specs.size(); i++) {
            if (serviceIndex.put(this.specs.get(i).name(), i) != null) {
                throw new IllegalArgumentException("service '" + this.specs.get(i).name() + "' specified twice");
            }
        }
        for (String service : servicePrefixes.keySet()) {
            if (!serviceIndex.containsKey(service)) {
                throw new IllegalArgumentException("service '" + service
                        + "' has anycast prefixes but no process spec (known: " + serviceIndex.keySet() + ")");
            }
        }
        List<Integer> owners = new ArrayList<>();
        for (ServiceSpec spec : this.specs) {
            List<Prefix> own = List.copyOf(servicePrefixes.getOrDefault(spec.name(), List.of()));
            prefixesByService.add(own);
            for (Prefix p : own) {
                prefixIndex.put(p, prefixes.size());
                prefixes.add(p);
                owners.add(serviceIndex.get(spec.name()));
            }
        }
        serviceOfPrefix = owners.stream().mapToInt(Integer::intValue).toArray();
        failureWithdraws = new int[this.specs.size()][];
        for (int i = 0; i < this.specs.size(); i++) {
            List<String> names = this.specs.get(i).failureWithdraws();
            failureWithdraws[i] = names.stream().mapToInt(n -> requireIndex(n)).distinct().toArray();
        }
    }

    /** The catalog of the topology's service prefixes and these process specs. */
    public static ServiceCatalog of(Topology topology, List<ServiceSpec> specs) {
        return new ServiceCatalog(topology.servicePrefixes(), specs);
    }

    public static ServiceCatalog of(Map<String, List<Prefix>> servicePrefixes, List<ServiceSpec> specs) {
        return new ServiceCatalog(servicePrefixes, specs);
    }

    /** Number of services. */
    public int size() {
        return specs.size();
    }

    public List<ServiceSpec> specs() {
        return specs;
    }

    public ServiceSpec spec(int service) {
        return specs.get(service);
    }

    public String name(int service) {
        return specs.get(service).name();
    }

    /** The service's index, or -1 when unknown. */
    public int indexOf(String service) {
        Integer i = serviceIndex.get(service);
        return i == null ? -1 : i;
    }

    /** The service's index; throws for an unknown service. */
    public int requireIndex(String service) {
        int i = indexOf(service);
        if (i < 0) {
            throw new IllegalArgumentException("unknown service '" + service + "' (known: " + serviceIndex.keySet() + ")");
        }
        return i;
    }

    /** The service's own anycast prefixes (empty for cache and logging). */
    public List<Prefix> prefixes(String service) {
        return prefixesByService.get(requireIndex(service));
    }

    List<Prefix> prefixes(int service) {
        return prefixesByService.get(service);
    }

    /** Every service prefix, in declaration order; a prefix's position is its index. */
    public List<Prefix> prefixes() {
        return Collections.unmodifiableList(prefixes);
    }

    public int prefixCount() {
        return prefixes.size();
    }

    public Prefix prefix(int index) {
        return prefixes.get(index);
    }

    /** The prefix's index, or -1 when it belongs to no service. */
    public int indexOf(Prefix prefix) {
        Integer i = prefixIndex.get(prefix);
        return i == null ? -1 : i;
    }

    /** The index of the service that owns the prefix of index {@code prefix}. */
    public int serviceOfPrefix(int prefix) {
        return serviceOfPrefix[prefix];
    }

    /** The services whose prefixes a failure of {@code service} withdraws. */
    public List<String> failureWithdraws(String service) {
        int[] ids = failureWithdraws[requireIndex(service)];
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(name(id));
        }
        return out;
    }

    /** The prefixes a failure of {@code service} withdraws. */
    public List<Prefix> prefixesWithdrawnOnFailure(String service) {
        List<Prefix> out = new ArrayList<>();
        for (int id : failureWithdraws[requireIndex(service)]) {
            out.addAll(prefixesByService.get(id));
        }
        return out;
    }

    int[] failureWithdrawIndices(int service) {
        return failureWithdraws[service];
    }
}
