package org.anycastsim.report.html;

import org.anycastsim.report.chart.ImageChecks;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a written page back as a document (the pages are well-formed XML by design). */
public final class HtmlChecks {

    private HtmlChecks() {
    }

    public static Document parse(Path page) throws Exception {
        return ImageChecks.parseXml(page);
    }

    public static List<Element> elements(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    public static List<String> ids(Document page) {
        List<String> ids = new ArrayList<>();
        for (Element e : elements(page, "*")) {
            if (e.hasAttribute("id")) {
                ids.add(e.getAttribute("id"));
            }
        }
        return ids;
    }

    /** Every local file the page links or embeds, relative to its folder (URL-decoded). */
    public static List<String> localLinks(Document page) {
        List<String> links = new ArrayList<>();
        for (Element e : elements(page, "*")) {
            for (String attribute : new String[] {"href", "src"}) {
                String value = e.getAttribute(attribute);
                if (!value.isEmpty() && !value.startsWith("#")) {
                    links.add(java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return links;
    }

    public static List<String> textsOf(Document page, String tag, String cssClass) {
        List<String> texts = new ArrayList<>();
        for (Element e : elements(page, tag)) {
            if (cssClass == null || e.getAttribute("class").equals(cssClass)) {
                texts.add(e.getTextContent());
            }
        }
        return texts;
    }
}
