package org.anycastsim.scenarios.scenario.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anycastsim.scenarios.input.InputException;
import org.anycastsim.scenarios.scenario.source.DocNode.DocArray;
import org.anycastsim.scenarios.scenario.source.DocNode.DocObject;
import org.anycastsim.scenarios.scenario.source.DocNode.DocScalar;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final Problems problems = new Problems();

    private DocNode yaml(String text) throws InputException {
        return DocumentReader.read("f.yaml", text, false, problems);
    }

    private static DocNode at(DocNode node, String key) {
        return ((DocObject) node).entry(key).orElseThrow().value();
    }

    @Test
    void keepsTheLineAndColumnOfEveryKeyAndValue() throws Exception {
        DocNode root = yaml("name: x\nlinks:\n  - {a: O, b: L}\n");
        DocObject link = (DocObject) ((DocArray) at(root, "links")).items().get(0);
        assertThat(link.position()).isEqualTo(new Position("f.yaml", 3, 5, "links[0]"));
        assertThat(link.entry("b").orElseThrow().keyPosition()).isEqualTo(new Position("f.yaml", 3, 12, "links[0].b"));
        assertThat(link.entry("b").orElseThrow().value().position()).isEqualTo(new Position("f.yaml", 3, 15, "links[0].b"));
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void yaml11BooleansOtherThanTrueAndFalseAreText() throws Exception {
        DocNode root = yaml("from: [NO, yes, on]\nflag: True\n");
        assertThat(((DocArray) at(root, "from")).items()).allSatisfy(n ->
                assertThat(((DocScalar) n).kind()).isEqualTo(DocScalar.Kind.STRING));
        assertThat(((DocScalar) ((DocArray) at(root, "from")).items().get(0)).text()).isEqualTo("NO");
        assertThat(at(root, "flag")).isEqualTo(new DocScalar(new Position("f.yaml", 2, 7, "flag"), DocScalar.Kind.BOOLEAN, "true"));
    }

    @Test
    void numbersAreTypedOnlyWhenPlainDecimal() throws Exception {
        DocNode root = yaml("a: 12\nb: 0.5\nc: 0x10\nd: 1_000\ne: ''\nf:\n");
        assertThat(((DocScalar) at(root, "a")).kind()).isEqualTo(DocScalar.Kind.INTEGER);
        assertThat(((DocScalar) at(root, "b")).kind()).isEqualTo(DocScalar.Kind.DECIMAL);
        assertThat(((DocScalar) at(root, "c")).kind()).isEqualTo(DocScalar.Kind.STRING);
        assertThat(((DocScalar) at(root, "d")).kind()).isEqualTo(DocScalar.Kind.STRING);
        assertThat(((DocScalar) at(root, "f")).kind()).isEqualTo(DocScalar.Kind.NULL);
    }

    @Test
    void duplicateKeysAliasesTagsAndSecondDocumentsAreReported() throws Exception {
        yaml("a: &x 1\nb: *x\na: 2\nc: !!java.net.URL x\n---\nd: 1\n");
        assertThat(problems.sorted()).extracting(InputException::getMessage).containsExactly(
                "f.yaml:2:4: field 'b': YAML aliases (*x) are not supported; write the value out",
                "f.yaml:3:1: field 'a': duplicate key 'a' (first at line 1)",
                "f.yaml:4:4: field 'c': YAML tags (!!java.net.URL) are not supported; write plain values, quoting them if needed",
                "f.yaml:6:1: a scenario file holds one document; remove the second one (or the '---' before it)");
    }

    @Test
    void syntaxErrorsAreLocated() {
        assertThatThrownBy(() -> yaml("a: [1, 2\nb: 3\n"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.detail()).startsWith("not valid YAML: ").contains("the [...] that starts at line 1, column 4");
                });
        assertThatThrownBy(() -> yaml("a: 1\n\tb: 2\n")).hasMessageContaining("a tab character; indent YAML with spaces");
        assertThatThrownBy(() -> DocumentReader.read("f.json", "{\"a\": 1,,}", true, problems))
                .hasMessageStartingWith("f.json:1:9: not valid JSON: ");
        assertThatThrownBy(() -> yaml("")).hasMessageStartingWith("f.yaml: the file is empty");
    }

    @Test
    void jsonHasPositionsToo() throws Exception {
        DocNode root = DocumentReader.read("f.json", "{\n  \"a\": {\"b\": [1, \"x\"]}\n}", true, problems);
        DocNode x = ((DocArray) at(at(root, "a"), "b")).items().get(1);
        assertThat(x.position()).isEqualTo(new Position("f.json", 2, 18, "a.b[1]"));
    }
}
