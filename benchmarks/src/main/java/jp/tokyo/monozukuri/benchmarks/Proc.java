package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * What Linux says about a process, read from {@code /proc}: resident memory, CPU time, start time, and which
 * process listens on a port (so that a stack started by someone else can be measured too).
 */
final class Proc {

    /** USER_HZ: the unit of the times in /proc/PID/stat; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private Proc() {
    }

    /** VmRSS in MiB, or -1 when the process is gone. */
    static double rssMiB(long pid) {
        return statusKb(pid, "VmRSS:") / 1024.0;
    }

    /** VmHWM (the peak of the resident set) in MiB, or -1 when the process is gone. */
    static double peakRssMiB(long pid) {
        return statusKb(pid, "VmHWM:") / 1024.0;
    }

    private static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
            return -1;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** User plus system CPU seconds the process has used so far (its threads included), or -1. */
    static double cpuSeconds(long pid) {
        String[] fields = statFields(pid);
        if (fields == null) {
            return -1;
        }
        // after the ")" of the command: state is field 3, utime 14, stime 15 (1-based, man proc)
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** When the process started (field 22 of stat, ticks after boot), to the tick. */
    static Instant startTime(long pid) {
        String[] fields = statFields(pid);
        if (fields == null) {
            throw new IllegalStateException("process " + pid + " is gone");
        }
        long ticksAfterBoot = Long.parseLong(fields[19]);
        return Instant.ofEpochMilli(bootTimeMillis() + Math.round(ticksAfterBoot * 1000 / TICKS_PER_SECOND));
    }

    private static String[] statFields(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long bootTimeMillis() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                if (line.startsWith("btime ")) {
                    return Long.parseLong(line.substring(6).trim()) * 1000;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no btime in /proc/stat");
    }

    /** The 1-minute load average. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /** The process listening on a TCP port (IPv4 or IPv6), among the processes this user may inspect. */
    static OptionalLong pidListeningOn(int port) {
        String wanted = String.format(Locale.ROOT, ":%04X", port);
        String inode = null;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // local_address is field 1, st (0A = LISTEN) field 3, inode field 9
                    if (f.length > 9 && f[1].endsWith(wanted) && f[3].equals("0A")) {
                        inode = f[9];
                    }
                }
            } catch (IOException ignored) {
                // no IPv6 table on this machine
            }
        }
        if (inode == null) {
            return OptionalLong.empty();
        }
        String socket = "socket:[" + inode + "]";
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try (Stream<Path> fds = Files.list(process.resolve("fd"))) {
                    for (Path fd : fds.toList()) {
                        if (socket.equals(Files.readSymbolicLink(fd).toString())) {
                            return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
                        }
                    }
                } catch (IOException | SecurityException notOurs) {
                    // another user's process, or one that just exited
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OptionalLong.empty();
    }
}
