package org.anycastsim.core.bgp;

import java.util.List;
import org.anycastsim.core.net.Prefix;

/** The four BGP-4 message types (RFC 4271 section 4), as the simulator carries them. */
public sealed interface BgpMessage {

    /** OPEN: the sender's AS, BGP identifier and proposed hold time (RFC 4271 4.2). */
    record Open(int asn, int routerId, long holdNanos) implements BgpMessage {}

    /** KEEPALIVE (RFC 4271 4.4). */
    record Keepalive() implements BgpMessage {
        public static final Keepalive INSTANCE = new Keepalive();
    }

    /**
     * UPDATE (RFC 4271 4.3): withdrawn prefixes and/or prefixes announced with one set of path
     * attributes. A speaker sends one UPDATE per distinct attribute set, as real ones do.
     */
    record Update(List<Prefix> withdrawn, PathAttributes attributes, List<Prefix> announced) implements BgpMessage {
        public Update {
            withdrawn = List.copyOf(withdrawn);
            announced = List.copyOf(announced);
            if (announced.isEmpty() != (attributes == null)) {
                throw new IllegalArgumentException("announced prefixes need attributes, and only they");
            }
        }
    }

    /** NOTIFICATION (RFC 4271 4.5): the sender closes the session, with a reason. */
    record Notification(NotificationCode code) implements BgpMessage {}

    /** The error codes the model uses (RFC 4271 section 4.5 and 6). */
    enum NotificationCode {
        HOLD_TIMER_EXPIRED("hold timer expired"),
        CEASE("cease"),
        BFD_DOWN("BFD down");

        private final String text;

        NotificationCode(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
