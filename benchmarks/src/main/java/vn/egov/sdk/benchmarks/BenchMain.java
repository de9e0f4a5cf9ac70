package vn.egov.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks and prints one {@code BENCH <name> <value> <unit>} line per figure. A
 * figure's name is {@code Class.method} plus its parameters ({@code Class.method{size=1441}}).
 * Ratios are declared in {@code META-INF/bench-ratios/*.txt}, one per line:
 * {@code <ratio-name> <numerator-figure> <denominator-figure> [unit]} (unit {@code x} when left out);
 * both figures come from the same run.
 *
 * <p>{@code --quick}: one fork, a 0.5 s warm-up and two 0.6 s measurements per benchmark.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    List<String> includes = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--quick")) {
        quick = true;
      } else {
        includes.add(a);
      }
    }
    ChainedOptionsBuilder opt = new OptionsBuilder().verbosity(VerboseMode.SILENT)
        .shouldFailOnError(true)
        .jvmArgsAppend("-Xmx2g", "-Dfile.encoding=UTF-8");
    if (includes.isEmpty()) {
      opt.include("vn\\.egov\\.sdk\\.benchmarks\\..*");
    } else {
      includes.forEach(opt::include);
    }
    if (quick) {
      opt.forks(1).warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(2).measurementTime(TimeValue.milliseconds(600));
    }
    Collection<RunResult> results = new Runner(opt.build()).run();
    Map<String, Double> figures = new LinkedHashMap<>();
    for (RunResult r : results) {
      String name = nameOf(r);
      double score = r.getPrimaryResult().getScore();
      String unit = r.getPrimaryResult().getScoreUnit();
      figures.put(name, score);
      System.out.println("BENCH " + name + " " + format(score) + " " + unit);
      r.getSecondaryResults().forEach((label, res) -> {
        if (label.startsWith("·")) {
          return; // profiler output
        }
        figures.put(name + "." + label, res.getScore());
        System.out.println("BENCH " + name + "." + label + " " + format(res.getScore()) + " " + res.getScoreUnit());
      });
    }
    for (String[] ratio : ratios()) {
      Double num = figures.get(ratio[1]);
      Double den = figures.get(ratio[2]);
      if (num != null && den != null && den != 0.0) {
        System.out.println("BENCH " + ratio[0] + " " + format(num / den) + " " + (ratio.length > 3 ? ratio[3] : "x"));
      }
    }
  }

  private static String nameOf(RunResult r) {
    var params = r.getParams();
    String bench = params.getBenchmark();
    String[] parts = bench.split("\\.");
    String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
    StringBuilder p = new StringBuilder();
    for (String key : params.getParamsKeys()) {
      p.append(p.length() == 0 ? "{" : ",").append(key).append('=').append(params.getParam(key));
    }
    if (p.length() > 0) {
      p.append('}');
    }
    return name + p;
  }

  private static String format(double v) {
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static List<String[]> ratios() throws IOException {
    List<String[]> out = new ArrayList<>();
    URL dir = BenchMain.class.getResource("/META-INF/bench-ratios");
    if (dir == null) {
      return out;
    }
    URI uri;
    try {
      uri = dir.toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    FileSystem fs = null;
    try {
      Path root;
      if (uri.getScheme().equals("jar")) {
        fs = FileSystems.newFileSystem(uri, Map.of());
        root = fs.getPath("/META-INF/bench-ratios");
      } else {
        root = Path.of(uri);
      }
      try (Stream<Path> files = Files.list(root)) {
        for (Path f : files.sorted().toList()) {
          try (InputStream in = Files.newInputStream(f);
              BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
              line = line.strip();
              if (line.isEmpty() || line.startsWith("#")) {
                continue;
              }
              String[] cols = line.split("\\s+");
              if (cols.length == 3 || cols.length == 4) {
                out.add(cols);
              }
            }
          }
        }
      }
    } finally {
      if (fs != null) {
        fs.close();
      }
    }
    return out;
  }
}
