package nl.ddjgz.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading of {@code /proc/<pid>/stat} behind {@link CostMeter}'s PostgreSQL CPU figure. */
class ProcStatTests {

    /** A backend's line as Linux writes it: pid, (comm), state, ppid, ... utime stime cutime cstime ... */
    private static String line(
            long pid, String command, long parent, long utime, long stime, long cutime, long cstime) {
        return pid + " (" + command + ") S " + parent + " 4242 4242 0 -1 4194560 1630 0 0 0 " + utime + " " + stime
                + " " + cutime + " " + cstime + " 20 0 1 0 16700 227106816 3523 18446744073709551615 1 1 0 0 0 0"
                + " 4194304 19935751 0 0 0 17 1 0 0 0 0 0\n";
    }

    @Test
    void readsTheFieldsAfterTheCommandName() {
        ProcStat stat = ProcStat.parse(line(4711, "postgres", 4242, 120, 35, 9000, 800));

        assertThat(stat).isEqualTo(new ProcStat(4711, "postgres", 4242, 120, 35, 9000, 800));
        assertThat(stat.ownTicks()).isEqualTo(155);
        assertThat(stat.waitedChildrenTicks()).isEqualTo(9800);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesIsOneField() {
        ProcStat stat = ProcStat.parse(line(4711, "postgres: (x) 1 2 3 4 5 6 7 8 9 10 11 12) S 1", 4242, 7, 3, 0, 0));

        assertThat(stat.command()).isEqualTo("postgres: (x) 1 2 3 4 5 6 7 8 9 10 11 12) S 1");
        assertThat(stat.parent()).isEqualTo(4242);
        assertThat(stat.ownTicks()).isEqualTo(10);
    }

    @Test
    void refusesWhatIsNotAStatLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.parse("4711 postgres S 1 2 3"));
        assertThatIllegalArgumentException().isThrownBy(() -> ProcStat.parse("4711 (postgres) S 1 2 3"));
    }

    @Test
    void theServersTimeIsThePostmastersItsLiveDescendantsAndItsEndedChildren(@TempDir Path proc) throws IOException {
        write(proc, line(100, "postgres", 1, 50, 10, 300, 200)); // postmaster: 60 own, 500 of ended children
        write(proc, line(101, "postgres: ddjgz ddjgz 127.0.0.1(5432) idle", 100, 20, 5, 0, 0));
        write(proc, line(102, "postgres: autovacuum launcher", 100, 3, 1, 0, 0));
        write(proc, line(103, "a child's child", 101, 7, 0, 0, 0));
        write(proc, line(200, "java", 1, 9999, 9999, 0, 0)); // not the server's
        Files.createDirectories(proc.resolve("self"));

        assertThat(CostMeter.postgresTicks(100, proc)).isEqualTo(60 + 500 + 25 + 4 + 7);
    }

    @Test
    void aBackendThatEndsMovesItsTimeToThePostmastersEndedChildrenAndTheSumKeepsIt() {
        ProcStat postmaster = new ProcStat(100, "postgres", 1, 50, 10, 0, 0);
        List<ProcStat> live = List.of(postmaster, new ProcStat(101, "postgres", 100, 400, 100, 0, 0));
        long before = postmaster.ownTicks() + postmaster.waitedChildrenTicks() + CostMeter.descendantTicks(100, live);

        // the backend used 10 more ticks, ended and was reaped
        ProcStat reaped = new ProcStat(100, "postgres", 1, 50, 10, 405, 105);
        long after = reaped.ownTicks() + reaped.waitedChildrenTicks() + CostMeter.descendantTicks(100, List.of(reaped));

        assertThat(after - before).isEqualTo(10);
    }

    private static void write(Path proc, String line) throws IOException {
        Path dir = proc.resolve(line.substring(0, line.indexOf(' ')));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("stat"), line);
    }
}
