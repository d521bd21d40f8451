package org.anycastsim.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogEventTest {
    @Test
    void fieldsAreOrderedByKeyWhateverTheCallersMap() {
        // Map.of iterates in an order that changes with every JVM start; files must not.
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("to", "b");
        reversed.put("prefix", "p");
        reversed.put("from", "a");
        LogEvent e = new LogEvent(1, LogKind.ROUTE_CHANGE, "route-change", "R", null, "d", reversed);
        assertThat(e.fields().keySet()).containsExactly("from", "prefix", "to");
        LogEvent same = new LogEvent(1, LogKind.ROUTE_CHANGE, "route-change", "R", null, "d",
                Map.of("from", "a", "to", "b", "prefix", "p"));
        assertThat(same.fields().keySet()).containsExactly("from", "prefix", "to");
        assertThat(same).isEqualTo(e);
    }
}
