package org.anycastsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorHandlerTest {

    private static String handle(Exception e, int expectedExit) {
        CommandLine cli = new CommandLine(new AnycastSim());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        assertThat(new ErrorHandler().handleExecutionException(e, cli, null)).isEqualTo(expectedExit);
        return err.toString();
    }

    @Test
    void anInputExceptionIsPrintedAsItIsAndExits2() {
        assertThat(handle(new InputException("s.yaml", 3, 9, "rate", "negative"), 2))
                .isEqualTo("s.yaml:3:9: field 'rate': negative\n");
    }

    @Test
    void aScenarioExceptionPrintsEveryProblem() {
        var e = new ScenarioException(List.of(new InputException("s.yaml", 1, 1, "a", "x"),
                new InputException("s.yaml", 2, 1, "b", "y")));
        assertThat(handle(e, 2)).isEqualTo("s.yaml:1:1: field 'a': x\ns.yaml:2:1: field 'b': y\n");
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutATrace() {
        String out = handle(new IllegalStateException("boom"), 3);
        assertThat(out).contains("internal error").doesNotContain("\tat ");
    }
}
