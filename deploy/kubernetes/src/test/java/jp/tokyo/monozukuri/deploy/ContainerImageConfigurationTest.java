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

/** The Jib configuration in the root pom builds images that fit the Deployments: non-root, heap from the limit. */
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
                    && "pluginManagement".equals(plugin.getParentNode().getParentNode().getNodeName())) {
                jib = plugin;
            }
        }
        assertThat(jib).as("jib-maven-plugin in the root pom's pluginManagement").isNotNull();
    }

    @Test
    void imagesStartFromTheJava17RuntimeAndAreNamedAfterTheModuleAndVersion() {
        assertThat(text(child(jib, "configuration", "from"), "image")).isEqualTo("eclipse-temurin:17-jre");
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
        List<String> flags = new ArrayList<>();
        NodeList nodes = child(jib, "configuration", "container", "jvmFlags").getElementsByTagName("jvmFlag");
        for (int i = 0; i < nodes.getLength(); i++) {
            flags.add(nodes.item(i).getTextContent().trim());
        }

        assertThat(flags).contains("-XX:MaxRAMPercentage=75").noneMatch(flag -> flag.startsWith("-Xmx"));
        assertThat(text(child(jib, "configuration", "container", "ports"), "port")).isEqualTo("8080");
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
