package org.anycastsim.core.net;

/** What an autonomous system is in the model; drives defaults (policies, demand, IGP). */
public enum AsRole {
    /** The anycast operator (AS 13335 in cloudflare-2013). */
    OPERATOR,
    /** A tier-1 network: transit-free, peers with the other tier-1s. */
    TIER1,
    /** A transit provider that buys from tier-1s or peers with them. */
    TRANSIT,
    /** An access network whose users are the demand (an "eyeball" network). */
    EYEBALL,
    /** Anything else (textbook topologies, imported AS graphs). */
    OTHER
}
