package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The Jib configuration in the root pom builds images that fit the Deployments: non-root, heap from the limit, the AOT cache in use. */
class ContainerImageConfigurationTest {

    private static Element jib;

    @BeforeAll
    static void readRootPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(RepositoryPaths.repositoryRoot().resolve("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("jib-maven-plugin".equals(text(plugin, "artifactId"))
                    && "pluginManagement".equals(plugin.getParentNode().getParentNode().getNodeName())
                    && jib == null) {
                jib = plugin; // the build's own, not the image profile's executions
            }
        }
        assertThat(jib).as("jib-maven-plugin in the root pom's pluginManagement").isNotNull();
    }

    @Test
    void imagesRunTheirOwnJava25RuntimeFromTheAotCacheAndAreNamedAfterTheModuleAndVersion() {
        List<String> entrypoint = texts(child(jib, "configuration", "container", "entrypoint"), "arg");

        assertThat(text(child(jib, "configuration", "from"), "image")).isEqualTo("${image.base}");
        assertThat(entrypoint).containsExactly("/opt/java/bin/java", "@/app/jvm.options",
                "-XX:AOTCache=/app/${project.artifactId}.aot", "-jar", "/app/${project.artifactId}.jar");
        assertThat(text(child(jib, "configuration", "to"), "image"))
                .isEqualTo("${image.registry}/${project.artifactId}:${project.version}");
    }

    @Test
    void theContainerRunsAsTheUserTheDeploymentsRequire() {
        String user = text(child(jib, "configuration", "container"), "user");

        assertThat(user).isEqualTo("1000:1000");
    }

    @Test
    void theHeapIsSizedFromTheContainersMemoryLimit() {
        String toolOptions = text(child(jib, "configuration", "container", "environment"), "JAVA_TOOL_OPTIONS");

        assertThat(toolOptions).isEqualTo("${image.java-tool-options}");
        assertThat(property("image.java-tool-options")).contains("-XX:MaxRAMPercentage=75").doesNotContain("-Xmx");
        assertThat(property("image.jvm.options")).contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("-Xmx");
        assertThat(text(child(jib, "configuration", "container", "ports"), "port")).isEqualTo("8080");
    }

    static String property(String name) {
        if (jib == null) {
            try {
                readRootPom();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return text(child(jib.getOwnerDocument().getDocumentElement(), "properties"), name);
    }

    private static List<String> texts(Element parent, String name) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }

    private static Element child(Element parent, String... path) {
        Element current = parent;
        for (String name : path) {
            Element next = null;
            for (Node node = current.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().equals(name)) {
                    next = element;
                }
            }
            assertThat(next).as(String.join("/", path)).isNotNull();
            current = next;
        }
        return current;
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
