package org.anycastsim.core.forward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.hash.Hashing;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.anycastsim.core.net.Ipv4;
import org.junit.jupiter.api.Test;

class FlowHashTest {

    @Property(tries = 300)
    void equalsGuavaMurmur3OnTheDocumentedEncoding(@ForAll int srcIp, @ForAll int dstIp,
            @ForAll @IntRange(max = 0xffff) int srcPort, @ForAll @IntRange(max = 0xffff) int dstPort,
            @ForAll @IntRange(max = 0xff) int protocol, @ForAll int seed) {
        int reference = Hashing.murmur3_32_fixed(seed).newHasher()
                .putInt(srcIp).putInt(dstIp).putInt((srcPort << 16) | dstPort).putInt(protocol)
                .hash().asInt();
        assertThat(FlowHash.hash(srcIp, dstIp, srcPort, dstPort, protocol, seed)).isEqualTo(reference);
    }

    @Property(tries = 100)
    void hashIdEqualsGuavaHashInt(@ForAll int id, @ForAll int seed) {
        assertThat(FlowHash.hashId(id, seed)).isEqualTo(Hashing.murmur3_32_fixed(seed).hashInt(id).asInt());
    }

    @Test
    void flowKeyHashesLikeThePrimitives() {
        FlowKey flow = FlowKey.tcp("192.0.2.7", 51000, "198.41.214.1", 443);
        assertThat(flow.hash(42)).isEqualTo(FlowHash.hash(Ipv4.parse("192.0.2.7"),
                Ipv4.parse("198.41.214.1"), 51000, 443, FlowKey.TCP, 42));
        assertThat(FlowHash.hash(flow, 42)).isEqualTo(flow.hash(42));
    }

    @Test
    void differentSeedsGiveUnrelatedHashes() {
        // Same flows, two routers: agreement of the low 3 bits (an 8-way choice) should be ~1/8,
        // not ~1 as it would be if the seed were ignored (that would be polarisation).
        SplittableRandom random = new SplittableRandom(1);
        int same = 0;
        int flows = 20_000;
        for (int i = 0; i < flows; i++) {
            FlowKey f = randomFlow(random);
            if ((f.hash(1) & 7) == (f.hash(2) & 7)) {
                same++;
            }
        }
        assertThat(same / (double) flows).isBetween(0.11, 0.14);
    }

    @Test
    void flippingOneInputBitFlipsAboutHalfTheOutputBits() {
        SplittableRandom random = new SplittableRandom(7);
        long flipped = 0;
        int trials = 0;
        for (int i = 0; i < 2_000; i++) {
            int src = random.nextInt();
            int dst = random.nextInt();
            int sport = random.nextInt(1 << 16);
            int base = FlowHash.hash(src, dst, sport, 443, 6, 99);
            for (int bit = 0; bit < 32; bit++) {
                flipped += Integer.bitCount(base ^ FlowHash.hash(src ^ (1 << bit), dst, sport, 443, 6, 99));
                trials++;
            }
            for (int bit = 0; bit < 16; bit++) {
                flipped += Integer.bitCount(base ^ FlowHash.hash(src, dst, sport ^ (1 << bit), 443, 6, 99));
                trials++;
            }
        }
        assertThat(flipped / (double) trials).isBetween(15.8, 16.2);
    }

    @Test
    void flowKeyRejectsOutOfRangeFields() {
        assertThatThrownBy(() -> new FlowKey(1, 2, 70_000, 80, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlowKey(1, 2, 80, -1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlowKey(1, 2, 80, 80, 256)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FlowKey.tcp("10.0.0.1", 1234, "10.0.0.2", 80)).hasToString("tcp 10.0.0.1:1234 -> 10.0.0.2:80");
    }

    static FlowKey randomFlow(SplittableRandom random) {
        return new FlowKey(random.nextInt(), random.nextInt(), random.nextInt(1 << 16), random.nextInt(1 << 16),
                random.nextBoolean() ? FlowKey.TCP : FlowKey.UDP);
    }
}
