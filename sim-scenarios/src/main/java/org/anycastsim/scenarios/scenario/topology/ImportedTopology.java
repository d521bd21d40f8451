package org.anycastsim.scenarios.scenario.topology;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.anycastsim.scenarios.scenario.source.Where;

/**
 * A network read from a file: a Topology Zoo GraphML backbone ({@code import: {graphml: Abilene,
 * as: 11537}}, by bundled name or path) or a CAIDA AS-relationship dump ({@code import: {caida:
 * path}}).
 *
 * @param format  which importer reads it
 * @param name    the file or bundled network as written in the scenario
 * @param file    the file resolved against the scenario's folder; empty for a bundled network
 * @param asn     the AS number the GraphML backbone gets (GraphML carries none)
 */
public record ImportedTopology(Format format, String name, Optional<Path> file, OptionalInt asn, Where where)
        implements TopologySpec {

    public enum Format {
        GRAPHML, CAIDA
    }

    public ImportedTopology {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(where, "where");
    }

    /** Whether the scenario names one of the GraphML backbones shipped with the simulator. */
    public boolean bundled() {
        return file.isEmpty();
    }
}
