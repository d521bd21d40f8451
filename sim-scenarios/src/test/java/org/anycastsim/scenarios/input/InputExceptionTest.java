package org.anycastsim.scenarios.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void formatsLikeACompilerDiagnostic() {
        InputException e = new InputException("file.graphml", 12, 5, "Latitude", "not a number 'abc'");
        assertThat(e.getMessage()).isEqualTo("file.graphml:12:5: field 'Latitude': not a number 'abc'");
        assertThat(e).hasToString("file.graphml:12:5: field 'Latitude': not a number 'abc'");
        assertThat(e.source()).isEqualTo("file.graphml");
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("Latitude");
        assertThat(e.detail()).isEqualTo("not a number 'abc'");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertThat(new InputException("as-rel.txt", 7, 0, null, "bad line").getMessage())
                .isEqualTo("as-rel.txt:7: bad line");
        assertThat(new InputException("topo.graphml", 0, 0, null, "no <graph> element").getMessage())
                .isEqualTo("topo.graphml: no <graph> element");
        assertThat(new InputException("s.yaml", 3, 9, "rate", "negative").getMessage())
                .isEqualTo("s.yaml:3:9: field 'rate': negative");
    }

    @Test
    void keepsTheCause() {
        IllegalStateException cause = new IllegalStateException("parser");
        assertThat(new InputException("f", 1, 1, null, "broken", cause)).hasCause(cause);
    }

    @Test
    void rejectsNegativePositions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InputException("f", -1, 0, null, "x"));
    }
}
