package org.anycastsim.core.forward;

/**
 * The ECMP flow hash: a seeded 32-bit hash of the 5-tuple, computed from primitives without
 * allocating.
 *
 * <p><b>Choice.</b> The function is MurmurHash3 x86_32 (Austin Appleby, public domain) over the
 * 16-byte little-endian encoding of four 32-bit words: {@code srcIp}, {@code dstIp},
 * {@code srcPort << 16 | dstPort}, {@code protocol}. Four multiply-rotate block rounds plus the
 * murmur finaliser give full avalanche (every input bit flips each output bit with probability
 * about 1/2), which is the "uniformly distributed hash" that the ECMP analyses of RFC 2991/2992
 * and the Maglev paper assume. Real switch ASICs often use CRC-style hashes, which are linear and
 * map sequential addresses and ports poorly; the simulator models the idealised well-mixed hash
 * instead, so that imbalance seen in experiments comes from the schemes, not from the hash.
 * Because the encoding is fixed, the result equals Guava's {@code Hashing.murmur3_32_fixed(seed)}
 * fed the same four {@code putInt}s, which the tests use as an independent reference.
 *
 * <p><b>Seed.</b> Routers that share a hash function and seed make the same choice at every hop:
 * the flows router A sends to router B all hashed to one value range at A, and B, hashing them
 * identically, sends them all down one of its own links ("hash polarisation"). Real routers mix
 * a per-device seed into the hash for this reason; here each router passes its own {@code seed}
 * (for instance its node id).
 */
public final class FlowHash {
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private FlowHash() {}

    /**
     * Hashes a flow's 5-tuple with a router-specific seed. Ports must be 0..65535 (only their low
     * 16 bits are used), the protocol 0..255; callers on the hot path pass validated values.
     */
    public static int hash(int srcIp, int dstIp, int srcPort, int dstPort, int protocol, int seed) {
        int h = seed;
        h = mixH(h, mixK(srcIp));
        h = mixH(h, mixK(dstIp));
        h = mixH(h, mixK((srcPort << 16) | (dstPort & 0xffff)));
        h = mixH(h, mixK(protocol));
        return finalMix(h ^ 16);
    }

    /** Hashes a {@link FlowKey}; same value as the primitive overload. */
    public static int hash(FlowKey flow, int seed) {
        return hash(flow.srcIp(), flow.dstIp(), flow.srcPort(), flow.dstPort(), flow.protocol(), seed);
    }

    /**
     * MurmurHash3 x86_32 of a single 32-bit word: used to derive per-next-hop values (Maglev's
     * offset and skip) from a stable next-hop id.
     */
    public static int hashId(int id, int seed) {
        return finalMix(mixH(seed, mixK(id)) ^ 4);
    }

    private static int mixK(int k) {
        k *= C1;
        k = Integer.rotateLeft(k, 15);
        return k * C2;
    }

    private static int mixH(int h, int k) {
        h ^= k;
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    private static int finalMix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
