package org.anycastsim.report.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything one run wrote, read back.
 *
 * @param dir        the run folder
 * @param summary    {@code summary.json}
 * @param timeSeries {@code timeseries.csv}, or {@link TimeSeries#EMPTY} if the file is absent
 * @param events     {@code events.jsonl} in file order, or empty if the file is absent
 * @param catchments the {@code catchment-*.csv} snapshots, in the summary's snapshot order
 *                   (then by label for files it does not list)
 * @param notes      files that were missing, for the report to say what it could not show
 */
public record RunData(Path dir, Summary summary, TimeSeries timeSeries, List<LogEvent> events,
                      List<Catchment> catchments, List<String> notes) {

    public RunData {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(timeSeries, "timeSeries");
        events = List.copyOf(events);
        catchments = List.copyOf(catchments);
        notes = List.copyOf(notes);
    }

    /**
     * Reads a run folder. Only {@code summary.json} is required: a run that crashed half way
     * still deserves a report of what it has.
     *
     * @throws ReportInputException when a file breaks the output format, or summary.json is missing
     */
    public static RunData load(Path dir) throws IOException {
        Path summaryFile = dir.resolve(OutputFormat.SUMMARY);
        if (!Files.isRegularFile(summaryFile)) {
            throw new ReportInputException(dir.toString(), 0, "not a run folder: " + OutputFormat.SUMMARY + " is missing");
        }
        Summary summary = SummaryReader.read(summaryFile);
        List<String> notes = new ArrayList<>();

        Path timeSeriesFile = dir.resolve(OutputFormat.TIMESERIES);
        TimeSeries timeSeries = TimeSeries.EMPTY;
        if (Files.isRegularFile(timeSeriesFile)) {
            timeSeries = TimeSeriesCsvReader.read(timeSeriesFile);
        } else {
            notes.add(OutputFormat.TIMESERIES + " is missing: no time-series charts");
        }

        Path eventsFile = dir.resolve(OutputFormat.EVENTS);
        List<LogEvent> events = List.of();
        if (Files.isRegularFile(eventsFile)) {
            events = EventLogReader.read(eventsFile);
        } else {
            notes.add(OutputFormat.EVENTS + " is missing: the narrative has only the summary's events");
        }
        return new RunData(dir, summary, timeSeries, events, readCatchments(dir, summary), notes);
    }

    private static List<Catchment> readCatchments(Path dir, Summary summary) throws IOException {
        Map<String, Path> byLabel = new TreeMap<>(NaturalOrder.INSTANCE);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Optional<String> label = OutputFormat.catchmentLabel(file.getFileName().toString());
                if (label.isPresent() && Files.isRegularFile(file)) {
                    byLabel.put(label.get(), file);
                }
            }
        }
        List<String> order = new ArrayList<>(byLabel.keySet());
        List<String> listed = summary.snapshots().stream().map(SnapshotRef::label).toList();
        order.sort(Comparator.comparingInt((String label) -> {
            int index = listed.indexOf(label);
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        List<Catchment> catchments = new ArrayList<>();
        for (String label : order) {
            catchments.add(CatchmentCsvReader.read(byLabel.get(label), label));
        }
        return catchments;
    }

    /** The scenario name, for titles. */
    public String name() {
        return summary.scenario();
    }
}
