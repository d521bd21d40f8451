package org.anycastsim.scenarios.importer;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.anycastsim.scenarios.input.InputException;

/**
 * StAX readers hardened for untrusted XML, following the OWASP XML External Entity Prevention
 * Cheat Sheet: DTD support and external entities are off, external DTD and schema access are
 * denied, and entity references are not replaced. Readers built here still report a DOCTYPE
 * as a {@code DTD} event; callers refuse it (see {@link GraphMlImporter}).
 *
 * <p>The JDK's own factory is used ({@link XMLInputFactory#newDefaultFactory()}), not whatever
 * implementation happens to be on the class path, so these settings mean what they say. It has
 * no XInclude, and it rejects {@code FEATURE_SECURE_PROCESSING} as a property but applies the
 * JDK's default XML processing limits (e.g. {@code jdk.xml.entityExpansionLimit}) anyway.
 */
final class SecureStax {

    private static final String JDK_MESSAGE_MARKER = "Message: ";

    private SecureStax() {}

    /** A hardened reader over {@code in}; a factory is made per call since factories are not thread-safe. */
    static XMLStreamReader open(InputStream in, String source) throws IOException, InputException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            return factory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw toInputException(source, e);
        }
    }

    /**
     * The parser's complaint as an {@link InputException} at the parser's position; an I/O
     * failure underneath is rethrown as the {@link IOException} it is.
     */
    static InputException toInputException(String source, XMLStreamException e) throws IOException {
        if (e.getNestedException() instanceof IOException io) {
            throw io;
        }
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the position goes into the exception instead.
        int cut = message.indexOf(JDK_MESSAGE_MARKER);
        if (cut >= 0) {
            message = message.substring(cut + JDK_MESSAGE_MARKER.length());
        }
        Location where = e.getLocation();
        int line = where == null ? 0 : Math.max(0, where.getLineNumber());
        int column = where == null ? 0 : Math.max(0, where.getColumnNumber());
        return new InputException(source, line, column, null, "malformed XML: " + message.strip(), e);
    }

    static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // Closing only frees parser state: the caller owns the stream, and the parse has
            // already produced its result or its error.
        }
    }
}
