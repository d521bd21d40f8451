package org.anycastsim.scenarios.scenario.topology;

import java.util.Arrays;
import java.util.List;

/** The ECMP hashing scheme of PoP routers, by its name in scenario files. */
public enum HashingKind {
    /** hash mod N: most flows move when a server comes or goes. */
    MODULO("modulo"),
    /** RFC 2992 hash-threshold: ranges of the hash space, about half the flows move. */
    HASH_THRESHOLD("hash-threshold"),
    /** Resilient buckets: only the flows of the server that left move. */
    RESILIENT("resilient"),
    /** Google's Maglev consistent hashing. */
    MAGLEV("maglev");

    private final String fileName;

    HashingKind(String fileName) {
        this.fileName = fileName;
    }

    /** The name written in scenario files. */
    public String fileName() {
        return fileName;
    }

    public static List<String> fileNames() {
        return Arrays.stream(values()).map(HashingKind::fileName).toList();
    }
}
