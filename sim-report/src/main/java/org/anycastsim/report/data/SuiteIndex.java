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

/** The contents of {@code suite.json}: the drills of a suite and where their runs are. */
public record SuiteIndex(List<SuiteEntry> runs) {

    public SuiteIndex {
        runs = List.copyOf(runs);
    }

    public static SuiteIndex read(Path file) throws IOException {
        JsonFields json = new JsonFields(file.getFileName().toString(), 0);
        JsonNode root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonFields.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw json.syntax(e);
        }
        if (root == null || !root.isObject()) {
            throw json.error("", "expected a JSON object with a 'runs' array");
        }
        JsonNode array = json.optArray(root, "", "runs");
        List<SuiteEntry> runs = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "runs[" + i + "]";
            JsonNode run = array.get(i);
            if (!run.isObject()) {
                throw json.error(path, "expected an object, found " + JsonFields.describe(run));
            }
            String dir = json.text(run, path, "dir");
            if (!isInsideSuite(dir)) {
                throw json.error(path + ".dir", "must be a folder inside the suite folder, found '" + dir + "'");
            }
            runs.add(new SuiteEntry(json.text(run, path, "name"), dir, json.bool(run, path, "passed")));
        }
        return new SuiteIndex(runs);
    }

    /** A relative path that stays below the suite folder: the file must not point the report elsewhere. */
    static boolean isInsideSuite(String dir) {
        if (dir.isEmpty() || dir.contains("\\") || dir.contains(":")) {
            return false;
        }
        Path path = Path.of(dir);
        return !path.isAbsolute() && path.normalize().equals(path) && !path.startsWith("..") && !dir.startsWith("/");
    }

    public long passedCount() {
        return runs.stream().filter(SuiteEntry::passed).count();
    }
}
