package org.anycastsim.report.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A catchment snapshot: the rows of one {@code catchment-<label>.csv}. */
public record Catchment(String label, List<CatchmentRow> rows) {

    public Catchment {
        Objects.requireNonNull(label, "label");
        rows = List.copyOf(rows);
    }

    /** Client name to PoP reached (null for none), to compare two snapshots. */
    public Map<String, String> popByClient() {
        Map<String, String> map = new HashMap<>();
        for (CatchmentRow row : rows) {
            map.put(row.client(), row.pop());
        }
        return map;
    }
}
