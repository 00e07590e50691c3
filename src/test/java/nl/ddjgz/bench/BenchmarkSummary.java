package nl.ddjgz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * One table of every benchmark's headline figures (figure, goal, result, machine load) at the end of a
 * {@code ./mvnw -B -Pbench verify} run, printed and written to {@code target/bench/summary.md}. Registered with the
 * JUnit Platform (META-INF/services); in a run without benchmarks it finds no figures and prints nothing.
 */
public class BenchmarkSummary implements TestExecutionListener {

    static final Path FIGURES = BenchmarkReport.OUTPUT.resolve("summary.tsv");

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        try {
            Files.deleteIfExists(FIGURES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Files.exists(FIGURES)) {
            return;
        }
        try {
            List<String> rows = Files.readAllLines(FIGURES);
            StringBuilder table = new StringBuilder("## Summary of the benchmark run\n\n")
                    .append(BenchmarkReport.machine())
                    .append(", finished ")
                    .append(BenchmarkReport.now())
                    .append("\n\n| Figure | Goal | Result | Verdict | Load (1/5/15 min) at the figure |\n")
                    .append("|---|---|---|---|---|\n");
            for (String row : rows) {
                table.append("| ").append(row.replace("\t", " | ")).append(" |\n");
            }
            BenchmarkReport.write("summary", table.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
