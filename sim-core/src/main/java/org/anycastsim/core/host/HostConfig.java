package org.anycastsim.core.host;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the host layer needs to know, with defaults for all of it ({@link #DEFAULTS}).
 *
 * @param services            the service processes (default {@link ServiceSpec#defaults()})
 * @param monitor             the per-server monitor daemon
 * @param control             the per-PoP control server and the servers' IPMI / PDU / boot
 * @param repairs             repair times of switches, routers and links
 * @param defaultWeight       every server's weight (MED) for every prefix unless overridden
 *                            (default 100; lowest wins at the router, equal weights share by ECMP)
 * @param servers             per-server overrides, by server name
 * @param startStaggerSeconds servers come into service at a uniform random offset in
 *                            {@code [0, stagger)} after {@code Hosts.start()} (default 0: all at once)
 * @param logStartup          whether bringing servers into service at start logs a line per
 *                            server and per announced prefix (default false: thousands of lines
 *                            that say nothing about failures)
 */
public record HostConfig(List<ServiceSpec> services, MonitorConfig monitor, ControlConfig control,
        RepairConfig repairs, long defaultWeight, Map<String, ServerOverrides> servers, double startStaggerSeconds,
        boolean logStartup) {

    public static final HostConfig DEFAULTS = new HostConfig(ServiceSpec.defaults(), MonitorConfig.DEFAULTS,
            ControlConfig.DEFAULTS, RepairConfig.DEFAULTS, 100, Map.of(), 0.0, false);

    public HostConfig {
        services = List.copyOf(services);
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(repairs, "repairs");
        servers = Map.copyOf(servers);
        if (defaultWeight < 0) {
            throw new IllegalArgumentException("weights (MED) are >= 0: " + defaultWeight);
        }
        if (!(startStaggerSeconds >= 0)) {
            throw new IllegalArgumentException("start stagger must be >= 0: " + startStaggerSeconds);
        }
    }

    /** The overrides of one server ({@link ServerOverrides#NONE} if it has none). */
    public ServerOverrides overridesFor(String serverName) {
        return servers.getOrDefault(serverName, ServerOverrides.NONE);
    }

    public HostConfig withServices(List<ServiceSpec> v) {
        return new HostConfig(v, monitor, control, repairs, defaultWeight, servers, startStaggerSeconds, logStartup);
    }

    public HostConfig withMonitor(MonitorConfig v) {
        return new HostConfig(services, v, control, repairs, defaultWeight, servers, startStaggerSeconds, logStartup);
    }

    public HostConfig withControl(ControlConfig v) {
        return new HostConfig(services, monitor, v, repairs, defaultWeight, servers, startStaggerSeconds, logStartup);
    }

    public HostConfig withRepairs(RepairConfig v) {
        return new HostConfig(services, monitor, control, v, defaultWeight, servers, startStaggerSeconds, logStartup);
    }

    public HostConfig withDefaultWeight(long v) {
        return new HostConfig(services, monitor, control, repairs, v, servers, startStaggerSeconds, logStartup);
    }

    /** These config with {@code overrides} for the server named {@code serverName} (replacing any). */
    public HostConfig withServer(String serverName, ServerOverrides overrides) {
        Map<String, ServerOverrides> copy = new HashMap<>(servers);
        copy.put(serverName, overrides);
        return new HostConfig(services, monitor, control, repairs, defaultWeight, copy, startStaggerSeconds, logStartup);
    }

    public HostConfig withStartStaggerSeconds(double v) {
        return new HostConfig(services, monitor, control, repairs, defaultWeight, servers, v, logStartup);
    }

    public HostConfig withLogStartup(boolean v) {
        return new HostConfig(services, monitor, control, repairs, defaultWeight, servers, startStaggerSeconds, v);
    }
}
