package org.anycastsim.core.net;

/** The kinds of node in the world model (the seed's four components, plus clients and control servers). */
public enum NodeKind {
    ROUTER,
    SWITCH,
    SERVER,
    CONTROL_SERVER,
    CLIENT
}
