package org.anycastsim.scenarios.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.anycastsim.scenarios.input.InputException;

/**
 * Reads an Internet Topology Zoo GraphML file (https://topology-zoo.org, format per
 * http://graphml.graphdrawing.org/specification.html) into a {@link ZooGraph}.
 *
 * <p>Attributes are found through their {@code <key>} declarations by {@code attr.name}
 * ({@code Latitude}, {@code Longitude}, {@code label}, {@code Country}, {@code Internal} on
 * nodes; {@code LinkLabel}, {@code LinkSpeed}, {@code LinkSpeedUnits}, {@code LinkSpeedRaw}
 * on edges; {@code Network} and {@code label} on the graph), because the {@code d}-ids differ
 * from file to file. Key {@code <default>}s apply to elements that lack the attribute.
 * Elements this model has no use for (ports, hyperedges, nested graphs) are skipped.
 *
 * <p>Security: topology files come from the Internet, so the parser is locked down against
 * XXE and entity-expansion attacks (see {@link SecureStax}), and any {@code <!DOCTYPE>} is
 * refused as soon as the parser reports it, before any content that could reference an entity
 * is read. GraphML needs no DTD, so nothing is lost.
 *
 * <p>Errors carry the parser's position, which for an element is just past its start tag.
 */
public final class GraphMlImporter {

    /** A decimal number as GraphML data gives it; rejects Java-only forms like "NaN" or "1d". */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private GraphMlImporter() {}

    /**
     * Parses {@code in} (not closed here).
     *
     * @param source the file name to report in errors
     * @throws InputException if the file is not well-formed XML, declares a DOCTYPE, is not
     *                        GraphML, or has bad or inconsistent Zoo attributes
     * @throws IOException    if reading {@code in} fails
     */
    public static ZooGraph read(InputStream in, String source) throws IOException, InputException {
        XMLStreamReader xml = SecureStax.open(in, source);
        try {
            return new Parse(xml, source).document();
        } catch (XMLStreamException e) {
            throw SecureStax.toInputException(source, e);
        } finally {
            SecureStax.close(xml);
        }
    }

    /** A {@code <key>} declaration: which attribute a data id stands for, on which elements. */
    private record Key(String name, String domain, Datum defaultValue) {
        boolean appliesTo(String element) {
            return domain.equals(element) || domain.equals("all");
        }
    }

    /** A {@code <data>} value with where it was found, for error messages. */
    private record Datum(String text, int line, int column) {}

    /** An edge whose ends are checked once every node is known (GraphML allows any order). */
    private record PendingEdge(ZooEdge edge, int line, int column) {}

    /** One parse of one document; not reusable. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final String source;
        private final Map<String, Key> keys = new HashMap<>();
        private final Map<String, ZooNode> nodes = new LinkedHashMap<>();
        private final List<PendingEdge> edges = new ArrayList<>();
        private String name;
        private boolean sawGraph;

        Parse(XMLStreamReader xml, String source) {
            this.xml = xml;
            this.source = source;
        }

        ZooGraph document() throws XMLStreamException, InputException {
            if (nextTag() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("graphml")) {
                throw here(null, "not GraphML: the root element must be <graphml>");
            }
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "key" -> key();
                    case "graph" -> graph();
                    default -> skipElement();
                }
            }
            while (xml.hasNext()) {
                nextEvent(); // trailing comments or whitespace; refuses a DOCTYPE anywhere
            }
            if (!sawGraph) {
                throw new InputException(source, 0, 0, null, "no <graph> element");
            }
            List<ZooEdge> resolved = new ArrayList<>(edges.size());
            for (PendingEdge pending : edges) {
                requireNode(pending, "source", pending.edge().sourceId());
                requireNode(pending, "target", pending.edge().targetId());
                resolved.add(pending.edge());
            }
            return new ZooGraph(name == null ? baseName(source) : name, List.copyOf(nodes.values()), resolved);
        }

        private void requireNode(PendingEdge pending, String end, String id) throws InputException {
            if (!nodes.containsKey(id)) {
                throw new InputException(source, pending.line(), pending.column(), end,
                        "edge refers to unknown node '" + id + "'");
            }
        }

        private void key() throws XMLStreamException, InputException {
            String id = requiredAttribute("id");
            if (keys.containsKey(id)) {
                throw here("id", "key '" + id + "' is declared twice");
            }
            String attrName = xml.getAttributeValue(null, "attr.name");
            String domain = xml.getAttributeValue(null, "for");
            Datum defaultValue = null;
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("default")) {
                    int line = line();
                    int column = column();
                    defaultValue = new Datum(elementText(attrName == null ? id : attrName), line, column);
                } else {
                    skipElement();
                }
            }
            keys.put(id, new Key(attrName, domain == null ? "all" : domain, defaultValue));
        }

        private void graph() throws XMLStreamException, InputException {
            if (sawGraph) {
                throw here(null, "more than one <graph>; a Zoo file holds one network");
            }
            sawGraph = true;
            Map<String, Datum> data = new HashMap<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "data" -> data(data, "graph");
                    case "node" -> node();
                    case "edge" -> edge();
                    default -> skipElement();
                }
            }
            addDefaults(data, "graph");
            name = firstNonBlank(data.get("Network"), data.get("label"));
        }

        private void node() throws XMLStreamException, InputException {
            int line = line();
            int column = column();
            String id = requiredAttribute("id");
            if (nodes.containsKey(id)) {
                throw here("id", "duplicate node id '" + id + "'");
            }
            Map<String, Datum> data = dataOf("node");
            double latitude = coordinate(data.get("Latitude"), "Latitude", 90.0);
            double longitude = coordinate(data.get("Longitude"), "Longitude", 180.0);
            if (Double.isNaN(latitude) != Double.isNaN(longitude)) {
                String missing = Double.isNaN(latitude) ? "Latitude" : "Longitude";
                throw new InputException(source, line, column, missing,
                        "node '" + id + "' has only one of Latitude and Longitude");
            }
            String label = firstNonBlank(data.get("label"));
            String country = firstNonBlank(data.get("Country"));
            nodes.put(id, new ZooNode(id, label == null ? id : label, latitude, longitude,
                    country == null ? "" : country, internal(data.get("Internal"))));
        }

        private void edge() throws XMLStreamException, InputException {
            int line = line();
            int column = column();
            String sourceId = requiredAttribute("source");
            String targetId = requiredAttribute("target");
            Map<String, Datum> data = dataOf("edge");
            String label = firstNonBlank(data.get("LinkLabel"));
            ZooEdge edge = new ZooEdge(sourceId, targetId, label == null ? "" : label, capacity(data));
            edges.add(new PendingEdge(edge, line, column));
        }

        /** Reads the children of the current node or edge, keeping their data by attribute name. */
        private Map<String, Datum> dataOf(String element) throws XMLStreamException, InputException {
            Map<String, Datum> data = new HashMap<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("data")) {
                    data(data, element);
                } else {
                    skipElement();
                }
            }
            addDefaults(data, element);
            return data;
        }

        private void data(Map<String, Datum> into, String element) throws XMLStreamException, InputException {
            String keyId = requiredAttribute("key");
            Key key = keys.get(keyId);
            if (key == null) {
                throw here("key", "undeclared key '" + keyId + "'");
            }
            if (!key.appliesTo(element)) {
                throw here("key", "key '" + keyId + "' is declared for <" + key.domain() + ">, not <" + element + ">");
            }
            int line = line();
            int column = column();
            String text = elementText(key.name() == null ? keyId : key.name());
            if (key.name() != null) {
                into.put(key.name(), new Datum(text, line, column));
            }
        }

        private void addDefaults(Map<String, Datum> data, String element) {
            for (Key key : keys.values()) {
                if (key.name() != null && key.defaultValue() != null && key.appliesTo(element)) {
                    data.putIfAbsent(key.name(), key.defaultValue());
                }
            }
        }

        private double coordinate(Datum datum, String field, double limit) throws InputException {
            if (datum == null || datum.text().isBlank()) {
                return Double.NaN;
            }
            double value = number(datum, field);
            if (value < -limit || value > limit) {
                throw new InputException(source, datum.line(), datum.column(), field,
                        "out of range [-" + (int) limit + ", " + (int) limit + "]: " + datum.text().strip());
            }
            return value;
        }

        private boolean internal(Datum datum) throws InputException {
            if (datum == null || datum.text().isBlank()) {
                return true;
            }
            return switch (datum.text().strip()) {
                case "1" -> true;
                case "0" -> false;
                default -> throw new InputException(source, datum.line(), datum.column(), "Internal",
                        "expected 0 or 1, got '" + datum.text().strip() + "'");
            };
        }

        /**
         * Link capacity: the typed {@code LinkSpeedRaw} (bit/s) must be a number; the free-text
         * {@code LinkSpeed} with {@code LinkSpeedUnits} is used when it reads as one and is
         * otherwise treated as unknown.
         */
        private double capacity(Map<String, Datum> data) throws InputException {
            Datum raw = data.get("LinkSpeedRaw");
            if (raw != null && !raw.text().isBlank()) {
                double bits = number(raw, "LinkSpeedRaw");
                if (bits <= 0) {
                    throw new InputException(source, raw.line(), raw.column(), "LinkSpeedRaw",
                            "must be positive: " + raw.text().strip());
                }
                return bits;
            }
            Datum speed = data.get("LinkSpeed");
            Datum units = data.get("LinkSpeedUnits");
            if (speed == null || !DECIMAL.matcher(speed.text().strip()).matches()) {
                return Double.NaN;
            }
            double multiplier = units == null ? Double.NaN : unitMultiplier(units.text());
            double bits = Double.parseDouble(speed.text().strip()) * multiplier;
            return bits > 0 && !Double.isInfinite(bits) ? bits : Double.NaN;
        }

        private static double unitMultiplier(String units) {
            return switch (units.strip().toUpperCase(Locale.ROOT)) {
                case "K" -> 1e3;
                case "M" -> 1e6;
                case "G" -> 1e9;
                case "T" -> 1e12;
                default -> Double.NaN;
            };
        }

        private double number(Datum datum, String field) throws InputException {
            String text = datum.text().strip();
            if (!DECIMAL.matcher(text).matches()) {
                throw new InputException(source, datum.line(), datum.column(), field, "not a number '" + text + "'");
            }
            return Double.parseDouble(text);
        }

        private String requiredAttribute(String attribute) throws InputException {
            String value = xml.getAttributeValue(null, attribute);
            if (value == null || value.isBlank()) {
                throw here(attribute, "<" + xml.getLocalName() + "> lacks the '" + attribute + "' attribute");
            }
            return value;
        }

        /** The next start or end tag, skipping text, comments and processing instructions. */
        private int nextTag() throws XMLStreamException, InputException {
            while (true) {
                int event = nextEvent();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                        || event == XMLStreamConstants.END_DOCUMENT) {
                    return event;
                }
            }
        }

        /** The next event; a DOCTYPE or an unexpanded entity reference stops the parse at once. */
        private int nextEvent() throws XMLStreamException, InputException {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw here(null, "DOCTYPE declarations are not allowed (GraphML needs none; refused to guard"
                        + " against external entities and entity expansion)");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw here(null, "entity reference '&" + xml.getLocalName() + ";' is not allowed");
            }
            return event;
        }

        /** The text content of the current element, which must not contain elements. */
        private String elementText(String field) throws XMLStreamException, InputException {
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = nextEvent();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return text.toString();
                    }
                    case XMLStreamConstants.START_ELEMENT ->
                            throw here(field, "expected text, found element <" + xml.getLocalName() + ">");
                    default -> { } // comments and processing instructions carry no value
                }
            }
        }

        /** Skips the current element and everything inside it. */
        private void skipElement() throws XMLStreamException, InputException {
            int depth = 1;
            while (depth > 0) {
                int event = nextEvent();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private int line() {
            return Math.max(0, xml.getLocation().getLineNumber());
        }

        private int column() {
            return Math.max(0, xml.getLocation().getColumnNumber());
        }

        private InputException here(String field, String detail) {
            return new InputException(source, line(), column(), field, detail);
        }

        private static String firstNonBlank(Datum... candidates) {
            for (Datum datum : candidates) {
                if (datum != null && !datum.text().isBlank()) {
                    return datum.text().strip();
                }
            }
            return null;
        }

        private static String baseName(String source) {
            String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }
    }
}
