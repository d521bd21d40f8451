package org.anycastsim.core.traffic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.anycastsim.core.host.HostView;

/** A host layer stand-in: every server serves every service at a default capacity unless told otherwise. */
public final class FakeHosts implements HostView {
    private double defaultCapacity = 1e9;
    private final Map<String, Double> capacity = new HashMap<>();
    private final Set<String> dead = new HashSet<>();
    private final Map<Integer, Double> extra = new HashMap<>();

    private static String key(int server, String service) {
        return server + "/" + service;
    }

    public FakeHosts defaultCapacity(double rps) {
        defaultCapacity = rps;
        return this;
    }

    public FakeHosts capacity(int server, String service, double rps) {
        capacity.put(key(server, service), rps);
        return this;
    }

    /** The service's process on the server dies ({@code service == null}: the whole server). */
    public FakeHosts kill(int server, String service) {
        dead.add(service == null ? server + "/*" : key(server, service));
        return this;
    }

    public FakeHosts revive(int server, String service) {
        dead.remove(service == null ? server + "/*" : key(server, service));
        return this;
    }

    public FakeHosts extraLoad(int server, double rps) {
        extra.put(server, rps);
        return this;
    }

    @Override
    public boolean canServe(int server, String service) {
        return !dead.contains(server + "/*") && !dead.contains(key(server, service));
    }

    @Override
    public double capacityRps(int server, String service) {
        return canServe(server, service) ? capacity.getOrDefault(key(server, service), defaultCapacity) : 0.0;
    }

    @Override
    public double extraLoadRps(int server) {
        return extra.getOrDefault(server, 0.0);
    }
}
