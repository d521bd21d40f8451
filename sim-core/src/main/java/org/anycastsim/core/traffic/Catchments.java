package org.anycastsim.core.traffic;

import java.util.ArrayList;
import java.util.List;
import org.anycastsim.core.kernel.SimTime;
import org.anycastsim.core.metrics.Catchment;
import org.anycastsim.core.net.ClientNetwork;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.core.traffic.demand.Demand;

/**
 * Builds {@link Catchment} snapshots from the fluid model: for each client network, the PoP that
 * receives most of its traffic (ties go to the PoP listed first). Flows are weighted by their
 * rates; a client with no demand at the moment still gets the PoP its routes lead to, its flows
 * then weighted equally.
 */
final class Catchments {
    private Catchments() {}

    /** Over all service prefixes ({@code only == null}) or one prefix. */
    static Catchment snapshot(FluidLoad fluid, String label, Prefix only) {
        Demand demand = fluid.demand();
        PopIndex pops = fluid.popIndex();
        int prefixes = demand.prefixCount();
        int onlyIndex = only == null ? -1 : demand.prefixIndex(only);
        if (only != null && onlyIndex < 0) {
            throw new IllegalArgumentException(only + " is not a service prefix");
        }
        double[] perPop = new double[pops.size()];
        List<Catchment.Entry> entries = new ArrayList<>();
        for (int c = 0; c < demand.clientCount(); c++) {
            java.util.Arrays.fill(perPop, 0.0);
            double offered = 0;
            for (int p = 0; p < prefixes; p++) {
                if (onlyIndex < 0 || p == onlyIndex) {
                    FlowRoute r = fluid.flow(c * prefixes + p);
                    offered += r.legit + r.attack;
                }
            }
            double total = 0;
            for (int p = 0; p < prefixes; p++) {
                if (onlyIndex >= 0 && p != onlyIndex) {
                    continue;
                }
                FlowRoute r = fluid.flow(c * prefixes + p);
                double weight = offered > 0 ? r.legit + r.attack : 1.0;
                for (int k = 0; k < r.count; k++) {
                    int pop = pops.popOf(r.server[k]);
                    if (pop >= 0) {
                        perPop[pop] += weight * r.fraction[k];
                    }
                }
                total += weight;
            }
            int best = -1;
            for (int i = 0; i < perPop.length; i++) {
                if (perPop[i] > 0 && (best < 0 || perPop[i] > perPop[best])) {
                    best = i;
                }
            }
            ClientNetwork client = demand.client(c);
            entries.add(new Catchment.Entry(client.name(), client.country(), client.region(),
                    client.location().latitude(), client.location().longitude(),
                    best < 0 ? null : pops.code(best), client.demandWeight(), offered,
                    best < 0 || total <= 0 ? 0.0 : perPop[best] / total));
        }
        return new Catchment(label, SimTime.toSeconds(fluid.simulator().now()), entries);
    }
}
