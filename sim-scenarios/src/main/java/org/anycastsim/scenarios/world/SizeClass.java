package org.anycastsim.scenarios.world;

/** How big a PoP is; decides its default server count (cloudflare_pop_sizes_2013.csv says why). */
public enum SizeClass {
    LARGE,
    MEDIUM,
    SMALL
}
