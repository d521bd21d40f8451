package org.anycastsim.scenarios.world;

import java.util.Objects;
import org.anycastsim.core.geo.PropagationModel;

/**
 * Options of the small teaching topologies ({@code diamond}, {@code clique-5}).
 *
 * @param serversPerPop  servers behind each PoP's switches (2)
 * @param switchesPerPop switches in each PoP (1)
 * @param propagation    WAN delay from distance
 * @param links          capacities and fixed delays
 */
public record TextbookOptions(int serversPerPop, int switchesPerPop, PropagationModel propagation, LinkSettings links) {
    public TextbookOptions {
        if (serversPerPop < 1) {
            throw new IllegalArgumentException("serversPerPop must be at least 1, got " + serversPerPop);
        }
        if (switchesPerPop < 1) {
            throw new IllegalArgumentException("switchesPerPop must be at least 1, got " + switchesPerPop);
        }
        Objects.requireNonNull(propagation, "propagation");
        Objects.requireNonNull(links, "links");
    }

    public static TextbookOptions defaults() {
        return new TextbookOptions(2, 1, PropagationModel.DEFAULT, LinkSettings.DEFAULT);
    }
}
