package org.anycastsim.scenarios.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anycastsim.scenarios.input.InputException;

/**
 * Reads CAIDA AS relationship files in the "serial-1" format
 * (https://publicdata.caida.org/datasets/as-relationships/serial-1/README.txt).
 *
 * <p>Lines starting with {@code #} are comments; the one beginning
 * {@code # inferred clique:} lists the inferred Tier-1 ASes, separated by spaces. Every other
 * non-blank line is {@code <as1>|<as2>|<rel>}, where rel {@code -1} means as1 is a provider of
 * as2 and {@code 0} means they peer. Some releases (and serial-2) append a fourth
 * {@code |<source>} column naming the inference method; it is accepted and not kept, since
 * the simulator only needs the relationship.
 *
 * <p>A link between the same two ASes may appear only once: a second line, agreeing or not,
 * would make the provider, customer and peer sets ambiguous, so it is an error.
 */
public final class CaidaAsRelImporter {

    private static final String CLIQUE_PREFIX = "inferred clique:";
    private static final int MAX_ASN_DIGITS = 10;

    private CaidaAsRelImporter() {}

    /**
     * Parses {@code in} to its end (not closed here).
     *
     * @param source the file name to report in errors
     * @throws InputException on the first malformed line, with its line number and the column
     *                        of the bad field
     * @throws IOException    if reading {@code in} fails
     */
    public static AsRelationships read(Reader in, String source) throws IOException, InputException {
        BufferedReader lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
        List<AsLink> links = new ArrayList<>();
        Map<Long, Integer> firstLineOfPair = new HashMap<>();
        Set<Long> clique = null;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int at = cliqueListStart(line);
                if (at >= 0) {
                    if (clique != null) {
                        throw new InputException(source, lineNumber, 1, "clique", "second '# inferred clique:' line");
                    }
                    clique = parseClique(line, at, source, lineNumber);
                }
                continue;
            }
            AsLink link = parseLink(line, source, lineNumber);
            long pair = pairKey(link.as1(), link.as2());
            Integer earlier = firstLineOfPair.putIfAbsent(pair, lineNumber);
            if (earlier != null) {
                throw new InputException(source, lineNumber, 1, null, "second link between AS" + link.as1()
                        + " and AS" + link.as2() + " (first on line " + earlier + ")");
            }
            links.add(link);
        }
        return new AsRelationships(links, clique == null ? Set.of() : clique);
    }

    /** The 0-based index just past {@code inferred clique:} in a comment, or -1 if it is another comment. */
    private static int cliqueListStart(String comment) {
        int i = 1;
        while (i < comment.length() && comment.charAt(i) == ' ') {
            i++;
        }
        return comment.startsWith(CLIQUE_PREFIX, i) ? i + CLIQUE_PREFIX.length() : -1;
    }

    private static Set<Long> parseClique(String line, int from, String source, int lineNumber) throws InputException {
        Set<Long> clique = new LinkedHashSet<>();
        int i = from;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            clique.add(asn(line.substring(i, end), "clique", source, lineNumber, i + 1));
            i = end;
        }
        return clique;
    }

    private static AsLink parseLink(String line, String source, int lineNumber) throws InputException {
        String[] fields = line.split("\\|", -1);
        int[] columns = new int[fields.length];
        for (int f = 1, column = 1; f < fields.length; f++) {
            column += fields[f - 1].length() + 1;
            columns[f] = column;
        }
        columns[0] = 1;
        if (fields.length < 3) {
            throw new InputException(source, lineNumber, line.length() + 1, null,
                    "expected 'as1|as2|rel', found " + fields.length + " field" + (fields.length == 1 ? "" : "s"));
        }
        if (fields.length > 4) {
            throw new InputException(source, lineNumber, columns[4], null,
                    "expected 'as1|as2|rel' or 'as1|as2|rel|source', found " + fields.length + " fields");
        }
        long as1 = asn(fields[0], "as1", source, lineNumber, columns[0]);
        long as2 = asn(fields[1], "as2", source, lineNumber, columns[1]);
        if (as1 == as2) {
            throw new InputException(source, lineNumber, columns[1], "as2", "AS" + as1 + " linked to itself");
        }
        Relationship relationship = relationship(fields[2], source, lineNumber, columns[2]);
        if (fields.length == 4 && fields[3].isBlank()) {
            throw new InputException(source, lineNumber, columns[3], "source", "empty source column");
        }
        return new AsLink(as1, as2, relationship);
    }

    private static long asn(String text, String field, String source, int line, int column) throws InputException {
        boolean digits = !text.isEmpty() && text.length() <= MAX_ASN_DIGITS && text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits) {
            throw new InputException(source, line, column, field, "not an AS number '" + text + "'");
        }
        long asn = Long.parseLong(text);
        if (!AsLink.isValidAsn(asn)) {
            throw new InputException(source, line, column, field, "AS number out of range 1.." + AsLink.MAX_ASN + ": " + text);
        }
        return asn;
    }

    private static Relationship relationship(String text, String source, int line, int column) throws InputException {
        for (Relationship r : Relationship.values()) {
            if (text.equals(Integer.toString(r.code()))) {
                return r;
            }
        }
        throw new InputException(source, line, column, "rel",
                "unknown relationship '" + text + "' (serial-1 uses -1 for provider-customer, 0 for peers)");
    }

    /** Both AS numbers fit in 32 bits, so an unordered pair packs into one long. */
    private static long pairKey(long a, long b) {
        return (Math.min(a, b) << 32) | Math.max(a, b);
    }
}
