package nl.ddjgz.bench;

/**
 * One line of Linux's {@code /proc/<pid>/stat} (proc(5)): the fields a {@link CostMeter} needs. The command name
 * (field 2) stands in parentheses and may itself hold spaces and parentheses ({@code "postgres: x (y) idle"}), so
 * the fields are counted from the last closing parenthesis; times are in clock ticks.
 *
 * @param pid field 1
 * @param command field 2, without its parentheses
 * @param parent field 4 (ppid)
 * @param userTicks field 14 (utime)
 * @param systemTicks field 15 (stime)
 * @param waitedChildrenUserTicks field 16 (cutime): the user time of the children this process waited for
 * @param waitedChildrenSystemTicks field 17 (cstime)
 */
record ProcStat(
        long pid,
        String command,
        long parent,
        long userTicks,
        long systemTicks,
        long waitedChildrenUserTicks,
        long waitedChildrenSystemTicks) {

    /** Reads one line of {@code /proc/<pid>/stat}. */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line");
        }
        // after the command: field 3 (state) onwards
        String[] rest = line.substring(close + 1).trim().split("\\s+");
        if (rest.length < 15) {
            throw new IllegalArgumentException("a /proc/<pid>/stat line with too few fields");
        }
        return new ProcStat(
                Long.parseLong(line.substring(0, open).trim()),
                line.substring(open + 1, close),
                Long.parseLong(rest[4 - 3]),
                Long.parseLong(rest[14 - 3]),
                Long.parseLong(rest[15 - 3]),
                Long.parseLong(rest[16 - 3]),
                Long.parseLong(rest[17 - 3]));
    }

    /** The CPU time of the process itself (user + system), in ticks. */
    long ownTicks() {
        return userTicks + systemTicks;
    }

    /** The CPU time of its children that ended and were waited for (cutime + cstime), in ticks. */
    long waitedChildrenTicks() {
        return waitedChildrenUserTicks + waitedChildrenSystemTicks;
    }
}
