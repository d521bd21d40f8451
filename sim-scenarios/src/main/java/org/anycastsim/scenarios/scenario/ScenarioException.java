package org.anycastsim.scenarios.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.anycastsim.scenarios.input.InputException;

/**
 * A scenario file with problems: all of them, sorted by line, each an {@link InputException}
 * naming file, line, column and field. The message is the problems, one per line, as the CLI
 * prints them.
 */
public final class ScenarioException extends Exception {

    private final List<InputException> problems;

    public ScenarioException(List<InputException> problems) {
        super(problems.stream().map(InputException::getMessage).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<InputException> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
