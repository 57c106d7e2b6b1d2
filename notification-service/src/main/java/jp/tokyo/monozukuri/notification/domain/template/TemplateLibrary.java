package jp.tokyo.monozukuri.notification.domain.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Mustache templates of letters and press releases, compiled once from the classpath. A template whose name ends
 * in {@code .html} escapes every value it prints, so user-provided text (a plan title, a reason) can never become
 * markup; any other template prints values as they are, for plain text.
 */
public final class TemplateLibrary {

    private final String root;
    private final Mustache.Compiler plain;
    private final Mustache.Compiler html;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    private TemplateLibrary(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
        // a missing name is a template bug and fails loudly; an absent (null) value prints nothing
        this.plain = Mustache.compiler().escapeHTML(false).nullValue("");
        this.html = Mustache.compiler().escapeHTML(true).nullValue("");
    }

    /** The templates under a classpath folder, e.g. {@code templates}. */
    public static TemplateLibrary fromClasspath(String root) {
        return new TemplateLibrary(root);
    }

    /** Renders {@code name} (a path below the root, e.g. {@code notices/letter.txt}) with {@code model}. */
    public String render(String name, Object model) {
        return compiled.computeIfAbsent(name, this::compile).execute(model);
    }

    private Template compile(String name) {
        Mustache.Compiler compiler = name.endsWith(".html") ? html : plain;
        try (Reader reader = open(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new TemplateNotFoundException(root + name, e);
        }
    }

    private Reader open(String name) {
        InputStream in = TemplateLibrary.class.getClassLoader().getResourceAsStream(root + name);
        if (in == null) {
            throw new TemplateNotFoundException(root + name, null);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
