package org.anycastsim.core.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anycastsim.core.net.Node;
import org.anycastsim.core.net.Server;
import org.anycastsim.core.net.Topology;

/** The PoPs that have servers, in topology order, with their servers: dense indices for aggregation. */
public final class PopIndex {
    private final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<int[]> servers = new ArrayList<>();
    private final int[] popOfNode;

    public PopIndex(Topology topology) {
        popOfNode = new int[topology.nodeCount()];
        Arrays.fill(popOfNode, -1);
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (Node n : topology.nodes()) {
            if (n instanceof Server && n.pop() != null) {
                members.computeIfAbsent(n.pop(), k -> new ArrayList<>()).add(n.id());
            }
        }
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            int i = codes.size();
            codes.add(e.getKey());
            index.put(e.getKey(), i);
            int[] ids = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            servers.add(ids);
            for (int id : ids) {
                popOfNode[id] = i;
            }
        }
    }

    public List<String> codes() {
        return List.copyOf(codes);
    }

    public int size() {
        return codes.size();
    }

    public String code(int i) {
        return codes.get(i);
    }

    /** The index of a PoP code; throws for a PoP without servers. */
    public int index(String pop) {
        Integer i = index.get(pop);
        if (i == null) {
            throw new IllegalArgumentException("no servers in PoP '" + pop + "'");
        }
        return i;
    }

    /** Server node ids of a PoP (the caller must not modify the array). */
    int[] servers(int pop) {
        return servers.get(pop);
    }

    /** The PoP index of a server node, or -1. */
    public int popOf(int nodeId) {
        return popOfNode[nodeId];
    }
}
