package vn.egov.sdk.core.catalog;

import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The official CPSV-AP 3.2.0 SHACL shapes (copied from the SEMIC release into the test resources)
 * and Apache Jena's SHACL engine: parses a JSON-LD export (with its inline context, no network) and
 * validates it.
 */
final class CpsvApShapes {
  static final String RESOURCE = "/cpsv-ap/cpsv-ap-3.2.0-SHACL.ttl";
  private static final Shapes SHAPES = load();

  private CpsvApShapes() {}

  private static Shapes load() {
    try (InputStream in = CpsvApShapes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.source(in).lang(Lang.TURTLE).parse(g);
      return Shapes.parse(g);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Shapes shapes() {
    return SHAPES;
  }

  /** The JSON-LD document as an RDF graph. */
  static Graph graph(String jsonLd) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(jsonLd)).lang(Lang.JSONLD).parse(g);
    return g;
  }

  static ValidationReport validate(String jsonLd) {
    return ShaclValidator.get().validate(SHAPES, graph(jsonLd));
  }

  /** One line per violation: focus node, path, constraint, message. */
  static List<String> describe(ValidationReport report) {
    return report.getEntries().stream().map(CpsvApShapes::describe).toList();
  }

  static String describe(ReportEntry e) {
    return e.focusNode() + " " + e.resultPath() + " " + e.constraint() + ": " + e.message();
  }
}
