package jp.tokyo.monozukuri.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A repository whose four service jars are {@link FakeService}s, laid out as the launcher expects. */
final class FakeRepository {

    private final Path root;

    private FakeRepository(Path root) {
        this.root = root;
    }

    static FakeRepository create(Path root) throws IOException {
        Files.createDirectories(root.resolve("deploy").resolve("local-stack"));
        Files.writeString(root.resolve("deploy").resolve("local-stack").resolve("pom.xml"), "<project/>");
        for (Service service : Service.values()) {
            writeFakeJar(StackPlan.serviceJar(root, service));
        }
        return new FakeRepository(root);
    }

    Path root() {
        return root;
    }

    Path target(Service service) {
        return StackPlan.serviceJar(root, service).getParent();
    }

    void failOnStart(Service service) throws IOException {
        Files.writeString(target(service).resolve(FakeService.FAIL_MARKER), "");
    }

    void removeJar(Service service) throws IOException {
        Files.delete(StackPlan.serviceJar(root, service));
    }

    private static void writeFakeJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String classFile = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream bytes = FakeService.class.getResourceAsStream("/" + classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(out);
            out.closeEntry();
        }
    }
}
