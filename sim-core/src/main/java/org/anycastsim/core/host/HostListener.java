package org.anycastsim.core.host;

/**
 * Told when what a server can serve may have changed: its hardware went down or came up, a
 * process crashed, started or came back, or its extra load changed. The traffic layer re-routes
 * its fluid load and re-checks the sessions on that server.
 */
@FunctionalInterface
public interface HostListener {
    void serverChanged(int serverNodeId);
}
