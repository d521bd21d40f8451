package org.anycastsim.core.traffic.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.anycastsim.core.geo.GeoPoint;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.traffic.World;
import org.junit.jupiter.api.Test;

class DemandTest {
    private final World w = new World();
    private final ClientNetwork gb = w.client("GB", "EU", new GeoPoint(51.5, 0.0), 1.0);
    private final ClientNetwork de = w.client("DE", "EU", new GeoPoint(50.1, 8.7), 3.0);
    private final ClientNetwork jp = w.client("JP", "AS", new GeoPoint(35.7, 135.0), 4.0);

    @Test
    void serviceRateSplitsOverClientsByWeightAndEvenlyOverPrefixes() {
        Prefix dns2 = Prefix.parse("198.41.215.0/24");
        w.topology.addServicePrefix("dns", dns2);
        Demand d = Demand.builder(w.topology).serviceRate("dns", 800).serviceRate("web", 80).build();
        int dns1 = d.prefixIndex(World.DNS);
        int dnsB = d.prefixIndex(dns2);
        int web = d.prefixIndex(World.WEB);
        // weights 1 : 3 : 4 of 8; dns split evenly over its two prefixes.
        assertThat(d.legitRate(d.clientIndex(gb.id()), dns1, 0)).isEqualTo(800 * 1 / 8.0 / 2);
        assertThat(d.legitRate(d.clientIndex(de.id()), dnsB, 0)).isEqualTo(800 * 3 / 8.0 / 2);
        assertThat(d.legitRate(d.clientIndex(jp.id()), web, 0)).isEqualTo(80 * 4 / 8.0);
        assertThat(d.totalLegitRate(0)).isCloseTo(880, within(1e-9));
        assertThat(d.serviceOfPrefix(dnsB)).isEqualTo(d.serviceIndex("dns"));
    }

    @Test
    void configuredPrefixSharesAreNormalised() {
        Prefix dns2 = Prefix.parse("198.41.215.0/24");
        w.topology.addServicePrefix("dns", dns2);
        Demand d = Demand.builder(w.topology).serviceRate("dns", 100).prefixShares("dns", 3, 1).build();
        int c = d.clientIndex(jp.id());
        assertThat(d.legitRate(c, d.prefixIndex(World.DNS), 0)).isCloseTo(100 * 0.5 * 0.75, within(1e-12));
        assertThat(d.legitRate(c, d.prefixIndex(dns2), 0)).isCloseTo(100 * 0.5 * 0.25, within(1e-12));
        assertThatThrownBy(() -> Demand.builder(w.topology).prefixShares("dns", 1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownServiceIsRejected() {
        assertThatThrownBy(() -> Demand.builder(w.topology).serviceRate("smtp", 1).build())
                .hasMessageContaining("smtp");
    }

    @Test
    void diurnalProfilePeaksAtLocalNoon() {
        Demand d = Demand.builder(w.topology).serviceRate("web", 100)
                .diurnal(DiurnalProfile.of(0.5, 12)).diurnalStep(SimTime.seconds(60)).build();
        int web = d.prefixIndex(World.WEB);
        int london = d.clientIndex(gb.id());
        int tokyo = d.clientIndex(jp.id());
        double londonBase = 100 / 8.0;
        // Longitude 0: local noon at 12:00 UTC; longitude 135 E: local noon at 03:00 UTC.
        assertThat(d.legitRate(london, web, SimTime.seconds(12 * 3600))).isCloseTo(londonBase * 1.5, within(1e-9));
        assertThat(d.legitRate(london, web, 0)).isCloseTo(londonBase * 0.5, within(1e-9));
        assertThat(d.legitRate(tokyo, web, SimTime.seconds(3 * 3600))).isCloseTo(100 * 4 / 8.0 * 1.5, within(1e-9));
        double best = -1;
        long bestHour = -1;
        for (long h = 0; h < 24; h++) {
            double r = d.legitRate(tokyo, web, SimTime.seconds(h * 3600));
            if (r > best) {
                best = r;
                bestHour = h;
            }
        }
        assertThat(bestHour).isEqualTo(3);
        // The daily mean is the configured rate.
        double sum = 0;
        for (long m = 0; m < 24 * 60; m++) {
            sum += d.legitRate(london, web, SimTime.seconds(m * 60));
        }
        assertThat(sum / (24 * 60)).isCloseTo(londonBase, within(1e-9));
    }

    @Test
    void diurnalIsOffByDefaultAndThenDemandNeverChanges() {
        Demand d = Demand.builder(w.topology).serviceRate("web", 100).build();
        assertThat(d.diurnal().isOff()).isTrue();
        assertThat(d.nextChangeAfter(0)).isEqualTo(SimTime.NEVER);
        int web = d.prefixIndex(World.WEB);
        assertThat(d.legitRate(0, web, SimTime.seconds(40_000))).isEqualTo(d.legitRate(0, web, 0));
    }

    @Test
    void flashCrowdMultipliesItsScopeBetweenItsTimes() {
        long start = SimTime.seconds(10);
        long end = SimTime.seconds(20);
        Demand d = Demand.builder(w.topology).serviceRate("web", 80)
                .flashCrowd(new FlashCrowd(ClientScope.country("DE"), 5, start, end)).build();
        int web = d.prefixIndex(World.WEB);
        int de1 = d.clientIndex(de.id());
        int gb1 = d.clientIndex(gb.id());
        assertThat(d.legitRate(de1, web, start - 1)).isEqualTo(30.0);
        assertThat(d.legitRate(de1, web, start)).isEqualTo(150.0);
        assertThat(d.legitRate(de1, web, end - 1)).isEqualTo(150.0);
        assertThat(d.legitRate(de1, web, end)).isEqualTo(30.0);
        assertThat(d.legitRate(gb1, web, start)).isEqualTo(10.0);
        assertThat(d.nextChangeAfter(0)).isEqualTo(start);
        assertThat(d.nextChangeAfter(start)).isEqualTo(end);
        assertThat(d.nextChangeAfter(end)).isEqualTo(SimTime.NEVER);
    }

    @Test
    void attackRateIsSplitOverItsSourcesByWeightAndOnlyHitsItsTarget() {
        Demand d = Demand.builder(w.topology).serviceRate("dns", 10)
                .attack(new DdosAttack(ClientScope.region("EU"), World.DNS, 1000, SimTime.seconds(5), SimTime.seconds(6)))
                .build();
        int dns = d.prefixIndex(World.DNS);
        int web = d.prefixIndex(World.WEB);
        long during = SimTime.seconds(5);
        assertThat(d.attackRate(d.clientIndex(gb.id()), dns, during)).isEqualTo(250.0);
        assertThat(d.attackRate(d.clientIndex(de.id()), dns, during)).isEqualTo(750.0);
        assertThat(d.attackRate(d.clientIndex(jp.id()), dns, during)).isZero();
        assertThat(d.attackRate(d.clientIndex(de.id()), web, during)).isZero();
        assertThat(d.attackRate(d.clientIndex(de.id()), dns, SimTime.seconds(6))).isZero();
        assertThat(d.legitRate(d.clientIndex(de.id()), dns, during)).isEqualTo(10 * 3 / 8.0);
    }
}
