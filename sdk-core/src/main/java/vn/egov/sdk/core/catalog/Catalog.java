package vn.egov.sdk.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.io.ByteArrayInputStream;
import vn.egov.sdk.core.internal.CatalogReader;
import vn.egov.sdk.core.internal.SearchIndex;
import vn.egov.sdk.core.Agency;
import vn.egov.sdk.core.Problem;
import vn.egov.sdk.core.Procedure;

/**
 * An immutable catalog of procedures, with the search keys of every procedure computed once when
 * it is built. Safe to share between threads.
 *
 * <p>Load one with {@link #load(Path)} / {@link #load(InputStream)} from the JSON format described in
 * docs/sdk-core.md, build one with {@link #of(Collection)}, or take the shipped sample with
 * {@link #sample()}. A bad file is rejected whole by a {@link CatalogFormatException} that lists
 * every problem with its location; nothing of it is loaded.
 */
public final class Catalog {
  private final List<Procedure> procedures;
  private final List<Agency> agencies;
  private final Map<String, Procedure> byCode;
  private final SearchIndex index;

  private Catalog(List<Procedure> procedures, List<Agency> declaredAgencies) {
    this.procedures = List.copyOf(procedures);
    Map<String, Agency> all = new LinkedHashMap<>();
    declaredAgencies.forEach(a -> all.putIfAbsent(a.code(), a));
    procedures.forEach(p -> p.agencies().forEach(a -> all.putIfAbsent(a.code(), a)));
    this.agencies = List.copyOf(all.values());
    Map<String, Procedure> codes = new HashMap<>();
    for (Procedure p : procedures) {
      codes.put(p.code(), p);
      p.localCode().ifPresent(c -> codes.putIfAbsent(c, p));
    }
    this.byCode = Map.copyOf(codes);
    this.index = new SearchIndex(this.procedures);
  }

  /**
   * A catalog of these procedures, in this order.
   *
   * @throws CatalogFormatException when two procedures share a code, or two agencies with the same
   *     unit code differ (paths are {@code /procedures/i…}, code {@code DUPLICATE} or
   *     {@code AGENCY_MISMATCH})
   */
  public static Catalog of(Collection<Procedure> procedures) {
    List<Procedure> list = List.copyOf(procedures);
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Agency> agencies = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Procedure p = list.get(i);
      Integer earlier = codes.putIfAbsent(p.code(), i);
      if (earlier != null) {
        problems.add(new Problem(Problem.pointer("procedures", i, "code"), "DUPLICATE",
            "duplicate code " + p.code() + ", first used at " + Problem.pointer("procedures", earlier, "code")));
      }
      for (Agency a : p.agencies()) {
        Agency known = agencies.putIfAbsent(a.code(), a);
        if (known != null && !known.equals(a)) {
          problems.add(new Problem(Problem.pointer("procedures", i), "AGENCY_MISMATCH",
              "agency " + a.code() + " differs from an earlier agency with the same code"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CatalogFormatException(problems);
    }
    return new Catalog(list, List.of());
  }

  /**
   * Loads a catalog document (UTF-8 JSON).
   *
   * @throws CatalogFormatException listing every problem of the document
   * @throws IOException when the stream cannot be read
   */
  public static Catalog load(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    CatalogReader.Contents contents = CatalogReader.read(in);
    return new Catalog(contents.procedures(), contents.agencies());
  }

  /** Loads a catalog file; see {@link #load(InputStream)}. */
  public static Catalog load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in);
    }
  }

  /** Parses a catalog document held in a string; see {@link #load(InputStream)}. */
  public static Catalog parse(String json) {
    try {
      return load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory failed", e);
    }
  }

  /** The sample catalog shipped in the jar (sample data, not an official list). See {@link SampleData}. */
  public static Catalog sample() {
    return SampleData.catalog();
  }

  /** The procedure with this national code (or a province's local code). */
  public Optional<Procedure> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
  }

  /** All procedures, in catalog order. */
  public List<Procedure> procedures() {
    return procedures;
  }

  /** Every agency: those declared by the document first, then any others the procedures name. */
  public List<Agency> agencies() {
    return agencies;
  }

  /** The agency with this unit code. */
  public Optional<Agency> agency(String code) {
    return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The distinct fields (lĩnh vực), in order of first appearance. */
  public List<String> fields() {
    return procedures.stream().map(Procedure::field).distinct().toList();
  }

  public int size() {
    return procedures.size();
  }

  /**
   * Searches the catalog. The text and the procedures' texts are compared by their
   * {@link SearchText#normalize search keys} (case and diacritics ignored, đ ≡ d); every word of the
   * text must match the start of a word. Results are ranked: name starts with the whole text, name
   * contains the whole text, name contains every word, then the other texts (code, field,
   * description, agencies, subjects, results) together with the name contain every word; within a
   * rank, catalog order. Filters are applied first; then the page is cut.
   */
  public Page<Procedure> search(SearchQuery query) {
    return index.search(Objects.requireNonNull(query, "query"));
  }
}
