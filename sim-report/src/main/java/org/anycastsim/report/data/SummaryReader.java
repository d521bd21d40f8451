package org.anycastsim.report.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads {@code summary.json}. Required: scenario, seed, durationSeconds, traffic; the rest may be absent. */
public final class SummaryReader {

    private final JsonFields json;

    private SummaryReader(String fileName) {
        this.json = new JsonFields(fileName, 0);
    }

    public static Summary read(Path file) throws IOException {
        SummaryReader reader = new SummaryReader(file.getFileName().toString());
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.parse(in);
        }
    }

    private Summary parse(Reader in) throws IOException {
        JsonNode root;
        try {
            root = JsonFields.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw json.syntax(e);
        }
        if (root == null || root.isMissingNode()) {
            throw json.error("", "the file is empty");
        }
        if (!root.isObject()) {
            throw json.error("", "expected a JSON object at the top level");
        }
        JsonNode parameters = root.get("parameters");
        Map<String, String> parameterText = parameters == null || parameters.isNull() ? Map.of()
                : json.scalarsAsText(json.object(root, "", "parameters"), "parameters");
        return new Summary(
                json.text(root, "", "scenario"),
                json.optText(root, "", "description", ""),
                json.integer(root, "", "seed"),
                json.number(root, "", "durationSeconds"),
                json.optText(root, "", "topology", ""),
                json.optText(root, "", "command", null),
                parameterText,
                expectations(root),
                events(root),
                traffic(json.object(root, "", "traffic")),
                snapshots(root),
                json.optNumber(root, "", "wallSeconds", Double.NaN),
                json.optInteger(root, "", "simulatedEvents", 0));
    }

    private List<Expectation> expectations(JsonNode root) throws ReportInputException {
        List<Expectation> list = new ArrayList<>();
        JsonNode array = json.optArray(root, "", "expectations");
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            String path = "expectations[" + i + "]";
            requireObject(e, path);
            list.add(new Expectation(json.text(e, path, "name"), json.bool(e, path, "passed"),
                    json.optNumber(e, path, "measured", Double.NaN), json.optText(e, path, "bound", "")));
        }
        return list;
    }

    private List<InjectedEvent> events(JsonNode root) throws ReportInputException {
        List<InjectedEvent> list = new ArrayList<>();
        JsonNode array = json.optArray(root, "", "events");
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            String path = "events[" + i + "]";
            requireObject(e, path);
            double controlPlane = json.optNumber(e, path, "controlPlaneConvergenceSeconds", Double.NaN);
            double dataPlane = json.optNumber(e, path, "dataPlaneConvergenceSeconds", Double.NaN);
            JsonNode converged = e.get("converged");
            boolean didConverge = converged == null || converged.isNull()
                    ? !Double.isNaN(controlPlane) && !Double.isNaN(dataPlane)
                    : json.bool(e, path, "converged");
            list.add(new InjectedEvent(json.number(e, path, "at"), json.text(e, path, "action"),
                    json.text(e, path, "target"), controlPlane, dataPlane,
                    json.optInteger(e, path, "updates", 0), didConverge));
        }
        return list;
    }

    private TrafficTotals traffic(JsonNode t) throws ReportInputException {
        String path = "traffic";
        BrokenSessions broken = BrokenSessions.NONE;
        JsonNode b = t.get("brokenSessions");
        if (b != null && !b.isNull()) {
            String bPath = path + ".brokenSessions";
            requireObject(b, bPath);
            broken = new BrokenSessions(
                    nonNegative(b, bPath, BreakCause.SERVER_CHANGE.jsonKey()),
                    nonNegative(b, bPath, BreakCause.POP_CHANGE.jsonKey()),
                    nonNegative(b, bPath, BreakCause.SERVER_DEATH.jsonKey()));
        }
        double offered = json.number(t, path, "offered");
        double dropped = json.number(t, path, "dropped");
        double lost = json.optNumber(t, path, "lostFraction", offered > 0 ? dropped / offered : 0);
        return new TrafficTotals(offered, json.number(t, path, "served"), dropped, lost, broken,
                json.optInteger(t, path, "sampledSessions", 0));
    }

    private long nonNegative(JsonNode parent, String path, String name) throws ReportInputException {
        long count = json.optInteger(parent, path, name, 0);
        if (count < 0) {
            throw json.error(JsonFields.join(path, name), "a count cannot be negative: " + count);
        }
        return count;
    }

    private List<SnapshotRef> snapshots(JsonNode root) throws ReportInputException {
        List<SnapshotRef> list = new ArrayList<>();
        JsonNode array = json.optArray(root, "", "snapshots");
        for (int i = 0; i < array.size(); i++) {
            JsonNode s = array.get(i);
            String path = "snapshots[" + i + "]";
            requireObject(s, path);
            list.add(new SnapshotRef(json.number(s, path, "at"), json.text(s, path, "label"),
                    json.optText(s, path, "kind", ""), json.optText(s, path, "file", "")));
        }
        return list;
    }

    private void requireObject(JsonNode node, String path) throws ReportInputException {
        if (!node.isObject()) {
            throw json.error(path, "expected an object, found " + JsonFields.describe(node));
        }
    }
}
