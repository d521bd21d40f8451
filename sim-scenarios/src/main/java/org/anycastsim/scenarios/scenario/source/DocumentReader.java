package org.anycastsim.scenarios.scenario.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.source.DocNode.DocArray;
import org.anycastsim.scenarios.scenario.source.DocNode.DocObject;
import org.anycastsim.scenarios.scenario.source.DocNode.DocScalar;
import org.anycastsim.scenarios.scenario.source.DocNode.Entry;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML or JSON document into a {@link DocNode} tree with positions, from Jackson's
 * streaming parser (never its data binding, so nothing in a file can make Java objects).
 *
 * <p>A syntax error stops the reading and is thrown. Things that parse but would be
 * misunderstood are added to {@link Problems} and the reading goes on: duplicate keys (the
 * second would silently win), YAML aliases (Jackson hands back the anchor's name instead of the
 * value), YAML tags, and a second document in the same file.
 */
public final class DocumentReader {

    /** A plain decimal number; YAML 1.1 forms such as {@code 0x10} or {@code 1_000} stay text. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|-?\\.\\d+");

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL) // "timeline:" with nothing under it is left out
            .build();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final String source;
    private final Problems problems;
    private final JsonParser parser;

    private DocumentReader(String source, Problems problems, JsonParser parser) {
        this.source = source;
        this.problems = problems;
        this.parser = parser;
    }

    /**
     * Parses {@code text} as JSON when {@code json}, else as YAML.
     *
     * @param source the file name for messages
     * @throws InputException on a syntax error or an empty document
     */
    public static DocNode read(String source, String text, boolean json, Problems problems) throws InputException {
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
            DocumentReader reader = new DocumentReader(source, problems, parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(source, 0, 0, null, "the file is empty; a scenario needs at least name, "
                        + "duration and topology");
            }
            DocNode root = reader.value(first, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                problems.add(reader.position("").error("a scenario file holds one document; remove the second one "
                        + "(or the '---' before it)"));
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml) {
                Mark mark = yaml.getProblemMark();
                int line = mark == null ? 0 : mark.getLine() + 1;
                int column = mark == null ? 0 : mark.getColumn() + 1;
                throw new InputException(source, line, column, null, "not valid YAML: " + yamlProblem(yaml), e);
            }
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int column = at == null ? 0 : Math.max(0, at.getColumnNr());
            throw new InputException(source, line, column, null, (json ? "not valid JSON: " : "not valid YAML: ")
                    + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private DocNode value(JsonToken token, String path) throws IOException, InputException {
        Position at = position(path);
        checkYamlExtras(at);
        return switch (token) {
            case START_OBJECT -> object(at, path);
            case START_ARRAY -> array(at, path);
            case VALUE_STRING -> new DocScalar(at, DocScalar.Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                String text = parser.getText();
                DocScalar.Kind kind = !DECIMAL.matcher(text).matches() ? DocScalar.Kind.STRING
                        : token == JsonToken.VALUE_NUMBER_INT ? DocScalar.Kind.INTEGER : DocScalar.Kind.DECIMAL;
                yield new DocScalar(at, kind, text);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                String text = parser.getText();
                // YAML 1.1 reads NO (Norway), yes, on, off as booleans; only true and false are booleans here.
                boolean real = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
                yield new DocScalar(at, real ? DocScalar.Kind.BOOLEAN : DocScalar.Kind.STRING,
                        real ? text.toLowerCase(java.util.Locale.ROOT) : text);
            }
            case VALUE_NULL -> new DocScalar(at, DocScalar.Kind.NULL, "null");
            default -> throw new InputException(source, at.line(), at.column(), null, "unexpected " + token);
        };
    }

    private DocObject object(Position at, String path) throws IOException, InputException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String childPath = path.isEmpty() ? key : path + "." + key;
            Position keyAt = position(childPath);
            DocNode value = value(parser.nextToken(), childPath);
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                problems.add(keyAt.error("duplicate key '" + key + "' (first at line " + first.line() + ")"));
            } else {
                entries.add(new Entry(key, keyAt, value));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InputException(source, at.line(), at.column(), path, "unexpected " + token);
        }
        return new DocObject(at, entries);
    }

    private DocArray array(Position at, String path) throws IOException, InputException {
        List<DocNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new InputException(source, at.line(), at.column(), path, "unterminated list");
            }
            items.add(value(token, path + "[" + items.size() + "]"));
        }
        return new DocArray(at, items);
    }

    private void checkYamlExtras(Position at) throws IOException {
        if (!(parser instanceof YAMLParser yaml)) {
            return;
        }
        if (yaml.isCurrentAlias()) {
            problems.add(at.error("YAML aliases (*" + yaml.getText() + ") are not supported; write the value out"));
        }
        String tag = yaml.getTypeId();
        if (tag != null) {
            problems.add(at.error("YAML tags (" + tag.replace("tag:yaml.org,2002:", "!!")
                    + ") are not supported; write plain values, quoting them if needed"));
        }
    }

    private Position position(String path) {
        JsonLocation l = parser.currentTokenLocation();
        return new Position(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()),
                path.isEmpty() ? null : path);
    }

    private static String yamlProblem(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.contains("TAB")) {
            return "a tab character; indent YAML with spaces";
        }
        if (problem.startsWith("mapping values are not allowed here")) {
            return problem + " (a ':' inside a value? quote the value; or check the indentation above)";
        }
        var context = e.getContextMark();
        if (e.getContext() != null && context != null) {
            String where = " at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1);
            if (e.getContext().contains("flow mapping")) {
                return problem + " (the {...} that starts" + where + " is not closed: is a '}' missing?)";
            }
            if (e.getContext().contains("flow sequence")) {
                return problem + " (the [...] that starts" + where + " is not closed: is a ']' missing?)";
            }
            return problem + " (" + e.getContext() + where + ")";
        }
        return problem;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
