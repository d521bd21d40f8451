package org.anycastsim.scenarios.scenario.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.Scenario;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.anycastsim.scenarios.scenario.bgp.BgpSpec;
import org.anycastsim.scenarios.scenario.expect.Expectation;
import org.anycastsim.scenarios.scenario.hosts.HostsSpec;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocumentReader;
import org.anycastsim.scenarios.scenario.source.Problems;
import org.anycastsim.scenarios.scenario.source.Where;
import org.anycastsim.scenarios.scenario.timeline.TimelineAction;
import org.anycastsim.scenarios.scenario.topology.TopologySpec;
import org.anycastsim.scenarios.scenario.traffic.TrafficSpec;

/**
 * Reads a scenario file (YAML, or JSON for {@code .json}) into a {@link Scenario}. It checks the
 * form: known fields only, the right types, units, required fields. It reports every such problem
 * at once, as a {@link ScenarioException}; whether the values make sense is
 * {@link org.anycastsim.scenarios.scenario.validate.ScenarioValidator}'s job.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {}

    /** Loads {@code file}; messages name it as given. Relative import paths resolve against its folder. */
    public static Scenario load(Path file) throws ScenarioException {
        String source = file.toString();
        return load(source, readText(file), isJson(source), file.toAbsolutePath().getParent());
    }

    /** The text of a file in UTF-8, or the reason it cannot be had as the file's one problem. */
    public static String readText(Path file) throws ScenarioException {
        String source = file.toString();
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(List.of(new InputException(source, 0, 0, null, "no such file")));
        } catch (CharacterCodingException e) {
            throw new ScenarioException(List.of(new InputException(source, 0, 0, null, "not UTF-8 text")));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new InputException(source, 0, 0, null, "cannot read: " + e.getMessage())));
        }
    }

    /**
     * Loads scenario text.
     *
     * @param source  the name for messages
     * @param json    JSON rather than YAML
     * @param baseDir the folder relative import paths resolve against
     */
    public static Scenario load(String source, String text, boolean json, Path baseDir) throws ScenarioException {
        Problems problems = Problems.onePerValue();
        DocNode root;
        try {
            root = DocumentReader.read(source, text, json, problems);
        } catch (InputException e) {
            throw new ScenarioException(List.of(e));
        }
        Scenario scenario = read(root, problems, baseDir);
        if (!problems.isEmpty() || scenario == null) {
            throw new ScenarioException(problems.sorted());
        }
        return scenario;
    }

    /** Whether a file is read as JSON: by its extension; everything else is YAML. */
    public static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads a scenario from a document node, e.g. one embedded in a sweep file, adding its problems
     * to {@code problems}.
     *
     * @return the scenario, or null when it had problems
     */
    public static Scenario read(DocNode root, Problems problems, Path baseDir) {
        Fields f = new Fields(problems, root, Shapes.SCENARIO);
        Where where = f.where();
        String name = f.get("name", Values::text);
        String description = f.opt("description", Values::text).orElse("");
        long seed = f.getLong("seed", Values::integer, Scenario.DEFAULT_SEED);
        long duration = f.getLong("duration", Values::duration, 0);
        TopologySpec topology = f.opt("topology", n -> new TopologyReader(problems, baseDir).read(n)).orElse(null);
        BgpSpec bgp = f.opt("bgp", n -> new BgpReader(problems).read(n)).orElse(BgpSpec.defaults(where));
        HostsSpec hosts = f.opt("hosts", n -> new HostsReader(problems).read(n)).orElse(HostsSpec.defaults(where));
        TrafficSpec traffic = f.opt("traffic", n -> new TrafficReader(problems).read(n)).orElse(TrafficSpec.none(where));
        List<TimelineAction> timeline = f.opt("timeline", n -> new TimelineReader(problems).read(n)).orElse(List.of());
        List<Expectation> expect = f.opt("expect", n -> new ExpectationReader(problems).read(n)).orElse(List.of());
        return f.build(() -> new Scenario(name, description, seed, duration, topology, bgp, hosts, traffic, timeline,
                expect, where));
    }
}
