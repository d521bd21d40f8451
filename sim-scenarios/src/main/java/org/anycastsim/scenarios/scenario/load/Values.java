package org.anycastsim.scenarios.scenario.load;

import java.util.Collection;
import java.util.Map;
import org.anycastsim.core.bgp.Community;
import org.anycastsim.core.kernel.Distribution;
import org.anycastsim.core.net.Ipv4;
import org.anycastsim.core.net.Prefix;
import org.anycastsim.scenarios.scenario.source.DocNode;
import org.anycastsim.scenarios.scenario.source.DocNode.DocScalar;
import org.anycastsim.scenarios.scenario.source.Suggestions;
import org.anycastsim.scenarios.scenario.units.DistributionParser;
import org.anycastsim.scenarios.scenario.units.UnitException;
import org.anycastsim.scenarios.scenario.units.Units;

/**
 * Conversions of one document value to a typed value, or {@link Invalid} with a message that
 * says what was expected and what was found. Only what the model's types cannot hold is refused
 * here (a bad unit, a malformed prefix, a number too big); whether a value makes sense (a
 * negative weight, a time past the end) is the validator's call. Convert through
 * {@link Fields}, which turns an {@link Invalid} into a reported problem.
 */
public final class Values {

    public static final long MAX_ASN = 0xFFFF_FFFFL;

    private Values() {}

    public static Invalid invalid(DocNode node, String detail) {
        return new Invalid(node.position().error(detail));
    }

    private static DocScalar scalar(DocNode node, String expected) {
        if (node instanceof DocScalar s && !s.isNull()) {
            return s;
        }
        throw invalid(node, "expected " + expected + ", got " + node.describe());
    }

    /** Text, or a number taken as written (a router may be called 1). */
    public static String text(DocNode node) {
        DocScalar s = scalar(node, "text");
        if (s.kind() == DocScalar.Kind.BOOLEAN) {
            throw invalid(node, "expected text, got " + s.describe() + " (quote it)");
        }
        return s.text();
    }

    /** A non-empty name. */
    public static String name(DocNode node) {
        String t = text(node);
        if (t.isBlank()) {
            throw invalid(node, "expected a name, got an empty text");
        }
        return t;
    }

    public static long integer(DocNode node) {
        DocScalar s = scalar(node, "a whole number");
        if (s.kind() != DocScalar.Kind.INTEGER) {
            throw invalid(node, "expected a whole number, got " + s.describe());
        }
        try {
            return Long.parseLong(s.text());
        } catch (NumberFormatException e) {
            throw invalid(node, "the number " + s.text() + " is too large");
        }
    }

    /** A whole number that fits a Java int (counts, indices, preferences). */
    public static int smallInteger(DocNode node) {
        long v = integer(node);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw invalid(node, "the number " + v + " is too large");
        }
        return (int) v;
    }

    public static double number(DocNode node) {
        DocScalar s = scalar(node, "a number");
        if (s.kind() != DocScalar.Kind.INTEGER && s.kind() != DocScalar.Kind.DECIMAL) {
            throw invalid(node, "expected a number, got " + s.describe());
        }
        return Double.parseDouble(s.text());
    }

    public static boolean bool(DocNode node) {
        DocScalar s = scalar(node, "true or false");
        if (s.kind() != DocScalar.Kind.BOOLEAN) {
            throw invalid(node, "expected true or false, got " + s.describe());
        }
        return Boolean.parseBoolean(s.text());
    }

    /** An AS number, 1 to 4294967295, as the int the BGP model uses (unsigned). */
    public static int asn(DocNode node) {
        long v = integer(node);
        if (v < 1 || v > MAX_ASN) {
            throw invalid(node, "an AS number is between 1 and 4294967295, got " + v);
        }
        return (int) v;
    }

    public static long duration(DocNode node) {
        return unit(node, "a duration (e.g. 30s)", Units::duration);
    }

    public static double rate(DocNode node) {
        return unit(node, "a request rate (e.g. 200k rps)", Units::rate);
    }

    public static long bandwidth(DocNode node) {
        return unit(node, "a bandwidth (e.g. 10Gbps)", Units::bandwidth);
    }

    public static double distanceKm(DocNode node) {
        return unit(node, "a distance (e.g. 1000km)", Units::distanceKm);
    }

    public static Distribution distribution(DocNode node) {
        return unit(node, "a distribution (e.g. uniform(60s, 120s))", DistributionParser::parse);
    }

    /** A fraction: a number as is, or text such as {@code 1%}. */
    public static double fraction(DocNode node) {
        DocScalar s = scalar(node, "a fraction (e.g. 0.01 or 1%)");
        if (s.kind() == DocScalar.Kind.INTEGER || s.kind() == DocScalar.Kind.DECIMAL) {
            return Double.parseDouble(s.text());
        }
        return unit(node, "a fraction (e.g. 0.01 or 1%)", Units::fraction);
    }

    private static <T> T unit(DocNode node, String expected, java.util.function.Function<String, T> parser) {
        DocScalar s = scalar(node, expected);
        if (s.kind() == DocScalar.Kind.BOOLEAN) {
            throw invalid(node, "expected " + expected + ", got " + s.describe());
        }
        try {
            return parser.apply(s.text());
        } catch (UnitException e) {
            throw invalid(node, e.getMessage());
        }
    }

    /** An IPv4 prefix with its length; host bits must be clear. */
    public static Prefix prefix(DocNode node) {
        String t = text(node).strip();
        if (!t.contains("/")) {
            throw invalid(node, "'" + t + "' has no length; write e.g. 198.41.214.0/24 (or " + t + "/32 for one address)");
        }
        Prefix p;
        try {
            p = Prefix.parse(t);
        } catch (IllegalArgumentException e) {
            throw invalid(node, "'" + t + "' is not an IPv4 prefix; write e.g. 198.41.214.0/24");
        }
        if (p.address() != Ipv4.parse(t.substring(0, t.indexOf('/')))) {
            throw invalid(node, "'" + t + "' has host bits set (did you mean " + p + "?)");
        }
        return p;
    }

    public static int ipv4(DocNode node) {
        String t = text(node).strip();
        try {
            return Ipv4.parse(t);
        } catch (IllegalArgumentException e) {
            throw invalid(node, "'" + t + "' is not an IPv4 address; write e.g. 10.0.0.1");
        }
    }

    public static int community(DocNode node) {
        String t = text(node);
        try {
            return Community.parse(t);
        } catch (IllegalArgumentException e) {
            throw invalid(node, "'" + t + "' is not a community; write ASN:VALUE (e.g. 65000:100) or no-export, "
                    + "no-advertise, no-export-subconfed");
        }
    }

    /** One of {@code choices}' keys, e.g. an action kind or a hashing scheme. */
    public static <E> E choice(DocNode node, Map<String, E> choices, String what) {
        String t = text(node);
        E e = choices.get(t);
        if (e == null) {
            throw invalid(node, "'" + t + "' is not " + what + Suggestions.didYouMean(t, choices.keySet())
                    + "; one of " + String.join(", ", choices.keySet()));
        }
        return e;
    }

    public static String oneOf(DocNode node, Collection<String> names, String what) {
        String t = text(node);
        if (!names.contains(t)) {
            throw invalid(node, "'" + t + "' is not " + what + Suggestions.didYouMean(t, names)
                    + "; one of " + String.join(", ", names));
        }
        return t;
    }
}
