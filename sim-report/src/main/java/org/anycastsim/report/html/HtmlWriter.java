package org.anycastsim.report.html;

/**
 * Builds markup where structure and data cannot mix: tags and attribute names are written
 * by this package's code, while every text and attribute value passes through
 * {@link Html#text}.
 */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens a tag; {@code attributes} are name, value pairs (values escaped, null values skipped). */
    HtmlWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A void element such as {@code img}, self-closed so that the page also parses as XML (tests rely on it). */
    HtmlWriter empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(" />");
        return this;
    }

    /** An element holding only text. */
    HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    HtmlWriter text(String text) {
        out.append(Html.text(text == null ? "" : text));
        return this;
    }

    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** Markup written by this package itself (the doctype, the style sheet); never data. */
    HtmlWriter markup(String trusted) {
        out.append(trusted);
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(Html.text(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
