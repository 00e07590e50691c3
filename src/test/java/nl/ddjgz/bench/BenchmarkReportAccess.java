package nl.ddjgz.bench;

/** Lets benchmarks in feature packages (which need package-private access there) write their report here. */
public final class BenchmarkReportAccess {

    private BenchmarkReportAccess() {}

    public static String loadAverage() {
        return BenchmarkReport.loadAverage();
    }

    public static void figure(String figure, String goal, String result, Boolean met) {
        BenchmarkReport.figure(figure, goal, result, met);
    }

    public static void write(String name, String markdown) {
        BenchmarkReport.write(name, markdown);
    }
}
