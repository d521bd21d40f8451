package org.anycastsim.core.host;

import java.util.HashMap;
import java.util.Map;

/** A LoadView the test drives by hand; reading utilisation allocates nothing. */
final class FakeLoad implements LoadView {
    private final double[] utilisation = new double[64];
    private final Map<String, Double> offered = new HashMap<>();

    void setUtilisation(int server, double value) {
        utilisation[server] = value;
    }

    void setOffered(int server, String service, double rps) {
        offered.put(server + "/" + service, rps);
    }

    @Override
    public double offeredRps(int serverNodeId, String service) {
        return offered.getOrDefault(serverNodeId + "/" + service, 0.0);
    }

    @Override
    public double utilisation(int serverNodeId) {
        return utilisation[serverNodeId];
    }
}
