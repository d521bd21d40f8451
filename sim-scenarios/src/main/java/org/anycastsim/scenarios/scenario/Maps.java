package org.anycastsim.scenarios.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies of maps that keep the file's order. {@link Map#copyOf} does not, and a run
 * must not depend on hash order: the order of services, PoPs or prefixes decides the order of
 * events and so, through the seed, the run itself.
 */
public final class Maps {

    private Maps() {}

    public static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    public static <K, V> Map<K, List<V>> copyOfLists(Map<K, List<V>> map) {
        LinkedHashMap<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
