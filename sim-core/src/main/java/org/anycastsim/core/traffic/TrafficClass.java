package org.anycastsim.core.traffic;

/**
 * Users' requests or an attack's. Both load the servers alike (a server cannot tell them apart,
 * and sheds both in proportion when overloaded); they are counted apart so that the lost fraction
 * of legitimate requests is not drowned by an attack's.
 */
public enum TrafficClass {
    LEGIT,
    ATTACK
}
