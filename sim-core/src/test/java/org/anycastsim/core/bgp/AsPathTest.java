package org.anycastsim.core.bgp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AsPathTest {

    @Test
    void parsesAndFormatsNeighbourFirst() {
        AsPath path = AsPath.parse("1299 13335");
        assertThat(path.length()).isEqualTo(2);
        assertThat(path.neighbourAs()).isEqualTo(1299);
        assertThat(path.originAs()).isEqualTo(13335);
        assertThat(path).hasToString("[1299 13335]");
        assertThat(AsPath.parse("[1299  13335]")).isEqualTo(path);
    }

    @Test
    void emptyPathHasNoNeighbourOrOrigin() {
        assertThat(AsPath.parse("")).isSameAs(AsPath.EMPTY);
        assertThat(AsPath.parse("[]")).isSameAs(AsPath.EMPTY);
        assertThat(AsPath.EMPTY.length()).isZero();
        assertThat(AsPath.EMPTY.neighbourAs()).isZero();
        assertThat(AsPath.EMPTY.originAs()).isZero();
        assertThat(AsPath.EMPTY).hasToString("[]");
    }

    @Test
    void fourByteAsnsAreUnsigned() {
        AsPath path = AsPath.parse("4200000000 4294967295");
        assertThat(path.get(0)).isNegative(); // stored as an unsigned int
        assertThat(path).hasToString("[4200000000 4294967295]");
        assertThat(path.contains(AsPath.parseAsn("4200000000"))).isTrue();
    }

    @Test
    void rejectsAsZeroAndOutOfRange() {
        assertThatThrownBy(() -> AsPath.parse("0 13335")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsPath.parse("4294967296")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsPath.parse("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsPath.parse("12a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsPath.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prependsOnTheLeft() {
        AsPath path = AsPath.parse("13335");
        assertThat(path.prepend(174, 1)).isEqualTo(AsPath.parse("174 13335"));
        assertThat(path.prepend(13335, 3)).hasToString("[13335 13335 13335 13335]");
        assertThat(path.prepend(174, 0)).isSameAs(path);
        assertThat(AsPath.EMPTY.prepend(13335, 1).neighbourAs()).isEqualTo(13335);
        assertThatThrownBy(() -> path.prepend(174, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsDetectsLoops() {
        AsPath path = AsPath.parse("3356 1299 13335");
        assertThat(path.contains(1299)).isTrue();
        assertThat(path.contains(174)).isFalse();
    }

    @Test
    void equalityIsByValueAndDefensive() {
        int[] asns = {1299, 13335};
        AsPath path = AsPath.of(asns);
        asns[0] = 174;
        assertThat(path).isEqualTo(AsPath.parse("1299 13335")).hasSameHashCodeAs(AsPath.parse("1299 13335"));
        assertThat(path).isNotEqualTo(AsPath.parse("13335 1299"));
        int[] copy = path.toArray();
        copy[0] = 174;
        assertThat(path.neighbourAs()).isEqualTo(1299);
    }

    @Test
    void internSharesEqualPaths() {
        AsPath a = AsPath.parse("1299 13335").intern();
        AsPath b = AsPath.parse("1299 13335").intern();
        assertThat(a).isSameAs(b);
    }
}
