package org.anycastsim.core.traffic;

import java.util.Arrays;

/**
 * The fluid state of one flow, (client network, service prefix): its current rates per class and
 * where a unit of it goes (a copy of the last {@link PathWalker.Spread}), so that the flow's
 * contributions can be taken back exactly when its path or its rate changes.
 */
final class FlowRoute {
    final int client;
    final int prefix;
    final int service;
    final int source;
    final int dstIp;
    double legit;
    double attack;
    int count;
    int[] server = new int[4];
    int[] cell = new int[4];
    double[] fraction = new double[4];
    long[] oneWayNanos = new long[4];
    /** Fractions lost in the network, indexed like {@link DropReason#NETWORK}. */
    final double[] lost = new double[DropReason.NETWORK.length];
    int[] routers = new int[4];
    int routerCount;
    boolean routed;

    FlowRoute(int client, int prefix, int service, int source, int dstIp) {
        this.client = client;
        this.prefix = prefix;
        this.service = service;
        this.source = source;
        this.dstIp = dstIp;
    }

    /** Copies a spread in; {@code cells} maps a server to this flow's cell. */
    void copy(PathWalker.Spread s, ServerCells cells) {
        if (server.length < s.count) {
            int n = Math.max(s.count, server.length * 2);
            server = Arrays.copyOf(server, n);
            cell = Arrays.copyOf(cell, n);
            fraction = Arrays.copyOf(fraction, n);
            oneWayNanos = Arrays.copyOf(oneWayNanos, n);
        }
        count = s.count;
        for (int i = 0; i < count; i++) {
            server[i] = s.server[i];
            cell[i] = cells.cell(s.server[i], service);
            fraction[i] = s.fraction[i];
            oneWayNanos[i] = s.oneWayNanos[i];
        }
        lost[0] = s.noRoute;
        lost[1] = s.unreachable;
        lost[2] = s.loop;
        if (routers.length < s.routerCount) {
            routers = new int[Math.max(s.routerCount, routers.length * 2)];
        }
        System.arraycopy(s.routers, 0, routers, 0, s.routerCount);
        routerCount = s.routerCount;
        routed = true;
    }
}
