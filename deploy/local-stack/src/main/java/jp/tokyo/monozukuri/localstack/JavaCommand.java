package jp.tokyo.monozukuri.localstack;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.tokyo.monozukuri.localstack.child.LauncherChild;

/**
 * Command lines for child JVMs: the launcher's own java binary, and for infrastructure processes the
 * launcher's own classpath (its jar, whose manifest lists {@code lib/}).
 */
record JavaCommand(Path javaBinary, String classPath, long launcherPid) {

    static JavaCommand ofThisJvm() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        return new JavaCommand(java, classPath, ProcessHandle.current().pid());
    }

    /** An infrastructure process: it learns the launcher's pid so that it can leave with it. */
    List<String> main(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary.toString());
        command.addAll(jvmOptions);
        command.add("-D" + LauncherChild.PARENT_PID_PROPERTY + "=" + launcherPid);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return List.copyOf(command);
    }

    /** A service: its own executable jar, nothing of the launcher's. */
    List<String> jar(List<String> jvmOptions, Path jar, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return List.copyOf(command);
    }
}
