package vn.egov.sdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README compiles against the current API: each becomes the body of
 * a method in a class importing the SDK's public packages (so a snippet shows no import lines).
 */
class ReadmeSnippetsTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> IMPORTS = List.of("java.io", "java.nio.file", "java.time", "java.util",
      "com.fasterxml.jackson.databind", "com.fasterxml.jackson.databind.node", "org.junit.jupiter.api",
      "vn.egov.sdk.core", "vn.egov.sdk.core.catalog", "vn.egov.sdk.core.roadmap", "vn.egov.sdk.core.calendar",
      "vn.egov.sdk.forms", "vn.egov.sdk.forms.constraints", "vn.egov.sdk.forms.desk", "vn.egov.sdk.forms.client",
      "vn.egov.sdk.widgets", "vn.egov.sdk.stats", "vn.egov.sdk.testing", "vn.egov.sdk.testing.feeds");

  @Test
  void everyJavaSnippetOfTheReadmeCompiles(@TempDir Path out) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    for (int i = 1; m.find(); i++) {
      sources.add(source("Snippet" + i, m.group(1)));
    }
    assertThat(sources).as("java snippets in README.md").hasSizeGreaterThanOrEqualTo(5);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of("-proc:none", "--release", "17", "-d", out.toString(),
        "-classpath", System.getProperty("java.class.path"));
    boolean ok = javac.getTask(null, null, diagnostics, options, null, sources).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    assertThat(errors).as("compiling README.md's snippets").isEmpty();
    assertThat(ok).isTrue();
  }

  private static JavaFileObject source(String name, String body) {
    StringBuilder code = new StringBuilder();
    for (String p : IMPORTS) {
      code.append("import ").append(p).append(".*;\n");
    }
    code.append("import vn.egov.sdk.testing.SimulatedUpstream.Kind;\n");
    code.append("@SuppressWarnings(\"unused\") class ").append(name).append(" {\n  void snippet() throws Exception {\n")
        .append(body).append("\n  }\n}\n");
    return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return code;
      }
    };
  }
}
