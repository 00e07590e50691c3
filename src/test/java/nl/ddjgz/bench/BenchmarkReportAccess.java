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

    /**
     * Starts a {@link CostMeter} over every live JVM thread; the function it returns stops it and gives the cost per
     * unit (call it while the threads that did the work still live).
     */
    public static java.util.function.IntFunction<String> meter(String unit) {
        CostMeter meter = CostMeter.start(name -> true);
        return units -> meter.stop(units).perUnit(unit);
    }
}
