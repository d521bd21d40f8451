package org.anycastsim.core.net;

/**
 * A point-to-point link between two nodes' interfaces: one-way propagation delay, capacity and
 * IGP cost, and an up/down state. Interface addresses come from a /31 per link, so a BGP
 * session over the link has a peer address (the decision process's last tie-breaker).
 */
public final class Link {
    private final int id;
    private final Node a;
    private final Node b;
    private final long delayNanos;
    private final long capacityBitsPerSecond;
    private final long igpCost;
    private final int addressA;
    private final int addressB;
    private boolean up = true;

    Link(int id, Node a, Node b, long delayNanos, long capacityBitsPerSecond, long igpCost, int addressA, int addressB) {
        if (a == b) {
            throw new IllegalArgumentException("a link from " + a + " to itself");
        }
        if (delayNanos < 0) {
            throw new IllegalArgumentException("negative delay on link " + a + " - " + b);
        }
        if (capacityBitsPerSecond <= 0) {
            throw new IllegalArgumentException("capacity must be positive on link " + a + " - " + b);
        }
        if (igpCost < 1) {
            throw new IllegalArgumentException("IGP cost must be >= 1 on link " + a + " - " + b);
        }
        this.id = id;
        this.a = a;
        this.b = b;
        this.delayNanos = delayNanos;
        this.capacityBitsPerSecond = capacityBitsPerSecond;
        this.igpCost = igpCost;
        this.addressA = addressA;
        this.addressB = addressB;
    }

    public int id() {
        return id;
    }

    public Node a() {
        return a;
    }

    public Node b() {
        return b;
    }

    /** The node at the other end from {@code n}. */
    public Node other(Node n) {
        if (n == a) {
            return b;
        }
        if (n == b) {
            return a;
        }
        throw new IllegalArgumentException(n + " is not an end of " + this);
    }

    public boolean connects(Node n) {
        return n == a || n == b;
    }

    /** The interface address of {@code n} on this link. */
    public int addressOf(Node n) {
        return n == a ? addressA : n == b ? addressB : illegalEnd(n);
    }

    private int illegalEnd(Node n) {
        throw new IllegalArgumentException(n + " is not an end of " + this);
    }

    public long delayNanos() {
        return delayNanos;
    }

    public long capacityBitsPerSecond() {
        return capacityBitsPerSecond;
    }

    public long igpCost() {
        return igpCost;
    }

    /** Administratively and physically up (its state, not its ends' state). */
    public boolean isUp() {
        return up;
    }

    /** Usable for traffic and sessions: up, and both ends up. */
    public boolean isUsable() {
        return up && a.isUp() && b.isUp();
    }

    void setUp(boolean up) {
        this.up = up;
    }

    /** Whether both ends are in the same AS (an IGP link) or not (an eBGP link). */
    public boolean isIntraAs() {
        return a.asn() == b.asn();
    }

    @Override
    public String toString() {
        return a.name() + " - " + b.name();
    }
}
