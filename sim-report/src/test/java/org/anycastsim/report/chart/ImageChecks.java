package org.anycastsim.report.chart;

import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that chart files are what they claim to be. */
public final class ImageChecks {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageChecks() {
    }

    public static void assertPng(Path file, int width, int height) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 8)).as("PNG signature of %s", file).isEqualTo(PNG_MAGIC);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("ImageIO reads %s", file).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(bytes.length).as("size of %s", file).isGreaterThan(10_000);
    }

    public static void assertSvg(Path file) throws Exception {
        assertThat(Files.size(file)).as("size of %s", file).isGreaterThan(10_000);
        Document svg = parseXml(file);
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("text").getLength()).as("text elements (title, axis labels)").isGreaterThan(5);
    }

    /** Parses XML with DTDs and external entities off: test inputs must not reach out. */
    public static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
