package org.anycastsim.core.traffic.session;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.anycastsim.core.kernel.Distribution;

/**
 * Settings of the sampled sessions: how many ({@link Sampling}), which kinds per service (weights;
 * a service without an entry gets {@link #DEFAULT_DNS_MIX} if it is called "dns", else
 * {@link #DEFAULT_WEB_MIX}), how long a TCP/TLS session stays open (seconds, after its handshake),
 * and how clients retry.
 */
public record SessionConfig(Sampling sampling, Map<String, Map<SessionKind, Double>> mix, Distribution duration,
        RetryPolicy dnsRetry, RetryPolicy tcpRetry) {

    public static final Map<SessionKind, Double> DEFAULT_DNS_MIX = Map.of(SessionKind.DNS, 1.0);
    /** 2013: most web traffic was still plain HTTP. */
    public static final Map<SessionKind, Double> DEFAULT_WEB_MIX = Map.of(SessionKind.HTTP, 0.7, SessionKind.HTTPS, 0.3);
    /** Keep-alive connections: median 5 s, log-normal with sigma 1 (mean about 8.2 s). */
    public static final Distribution DEFAULT_DURATION = new Distribution.LogNormal(5.0, 1.0);

    public SessionConfig {
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(dnsRetry, "dnsRetry");
        Objects.requireNonNull(tcpRetry, "tcpRetry");
        Map<String, Map<SessionKind, Double>> copy = new LinkedHashMap<>();
        mix.forEach((service, weights) -> {
            double sum = 0;
            for (double w : weights.values()) {
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("session mix weights must be finite and >= 0");
                }
                sum += w;
            }
            if (sum <= 0) {
                throw new IllegalArgumentException("session mix of '" + service + "' has no weight");
            }
            copy.put(service, Map.copyOf(weights));
        });
        mix = Map.copyOf(copy);
    }

    /** 1 in 1000 requests, default mixes, durations and retries. */
    public static SessionConfig defaults() {
        return new SessionConfig(Sampling.oneIn(1000), Map.of(), DEFAULT_DURATION, RetryPolicy.DNS, RetryPolicy.TCP);
    }

    public SessionConfig withSampling(Sampling s) {
        return new SessionConfig(s, mix, duration, dnsRetry, tcpRetry);
    }

    public SessionConfig withDuration(Distribution d) {
        return new SessionConfig(sampling, mix, d, dnsRetry, tcpRetry);
    }

    public SessionConfig withRetries(RetryPolicy dns, RetryPolicy tcp) {
        return new SessionConfig(sampling, mix, duration, dns, tcp);
    }

    /** This config with the kinds of one service replaced (weights, normalised when used). */
    public SessionConfig withMix(String service, Map<SessionKind, Double> weights) {
        Map<String, Map<SessionKind, Double>> m = new LinkedHashMap<>(mix);
        m.put(service, weights);
        return new SessionConfig(sampling, m, duration, dnsRetry, tcpRetry);
    }

    /** The kinds of a service with their weights, in {@link SessionKind} order. */
    public Map<SessionKind, Double> mixOf(String service) {
        Map<SessionKind, Double> m = mix.get(service);
        if (m == null) {
            m = "dns".equals(service) ? DEFAULT_DNS_MIX : DEFAULT_WEB_MIX;
        }
        return new EnumMap<>(m);
    }
}
