package org.anycastsim.scenarios.sweep;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a failure sweep takes down, by its name in sweep files ({@code over: pops}). */
public enum ElementKind {
    /** A whole PoP, by crashing its edge router: the PoP leaves the anycast pool. */
    POPS("pops", "PoPs"),
    /** Any router of the network: PoP routers, transit and peering routers. */
    ROUTERS("routers", "routers"),
    /** A PoP switch and with it the servers behind it. */
    SWITCHES("switches", "switches"),
    /** One server with its BGP speaker. */
    SERVERS("servers", "servers");

    private final String fileName;
    private final String plural;

    ElementKind(String fileName, String plural) {
        this.fileName = fileName;
        this.plural = plural;
    }

    /** The name written in sweep files. */
    public String fileName() {
        return fileName;
    }

    /** How messages name several of them ("PoPs"). */
    public String plural() {
        return plural;
    }

    /** Every kind by its name in sweep files, in declaration order. */
    public static Map<String, ElementKind> byFileName() {
        Map<String, ElementKind> out = new LinkedHashMap<>();
        Arrays.stream(values()).forEach(k -> out.put(k.fileName, k));
        return out;
    }
}
