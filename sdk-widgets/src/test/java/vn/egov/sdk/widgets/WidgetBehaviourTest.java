package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.egov.sdk.core.Language;
import vn.egov.sdk.testing.Fault;
import vn.egov.sdk.testing.SimulatedUpstream;
import vn.egov.sdk.testing.SimulatedUpstreams;
import vn.egov.sdk.testing.Upstream;
import vn.egov.sdk.testing.WithSimulatedUpstreams;

@WithSimulatedUpstreams
class WidgetBehaviourTest {
  /** Generous: on a loaded machine a background fetch may take many seconds. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @Test
  void refreshesInTheBackgroundWhileServingTheOldBoard(
      @Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) {
    FakeTime time = new FakeTime();
    // Generous client timeouts: the 500 ms delay must never exceed them on a loaded machine (with
    // fake time, a refresh that failed is not retried, so a timeout here would never be made good).
    HttpSettings patient = HttpSettings.defaults()
        .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30));
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, vcb)
        .providers(Providers.vietcombankXml(vcb.baseUrl(), patient)).build()) {
      assertThat(widget.read().data().rate("USD").orElseThrow().sell()).isEqualByComparingTo("26398");
      vcb.serveChangedData().delay(Duration.ofMillis(500));
      time.advance(Duration.ofMinutes(5).plusSeconds(10));
      Snapshot<ExchangeRateBoard> during = widget.read();
      // The old board comes back at once, still fresh within the grace while the refresh runs.
      assertThat(during.data().rate("USD").orElseThrow().sell()).isEqualByComparingTo("26398");
      assertThat(during.status()).isEqualTo(Status.FRESH);
      await().atMost(BOUND).untilAsserted(() ->
          assertThat(widget.read().data().rate("USD").orElseThrow().sell()).isEqualByComparingTo("26410"));
      assertThat(widget.read().status()).isEqualTo(Status.FRESH);
      assertThat(widget.read().age()).isZero();
    }
  }

  @Test
  void aReaderNeverWaitsOnABlackHoleWhenDataIsKnown(
      @Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) {
    FakeTime time = new FakeTime();
    // The refresh stays in the black hole for the whole test; a reader that waited for it would wait
    // the cold wait (60 s), far beyond the bound below.
    HttpSettings slow = HttpSettings.defaults()
        .withTimeouts(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5));
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, vcb)
        .providers(Providers.vietcombankXml(vcb.baseUrl(), slow)).build()) {
      assertThat(widget.read().status()).isEqualTo(Status.FRESH);
      vcb.resetRequests();
      vcb.inject(Fault.BLACK_HOLE);
      time.advance(Duration.ofMinutes(10));
      for (int i = 0; i < 20; i++) {
        long start = System.nanoTime();
        Snapshot<ExchangeRateBoard> s = widget.read();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(s.status()).isEqualTo(Status.STALE);
      }
      // One refresh is stuck in the black hole; no reader started another.
      await().atMost(BOUND).until(() -> vcb.requestCount() >= 1);
      assertThat(vcb.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void readNowNeverWaitsButStartsTheFetch(@Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) {
    // The fetch is held until the test lets it go (a delay could be outrun or outlasted by a busy machine).
    TestProviders.Gated<ExchangeRateBoard> held =
        new TestProviders.Gated<>(Providers.vietcombankXml(vcb.baseUrl(), Fixtures.HTTP));
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(new FakeTime(), vcb).providers(held).build()) {
      assertThat(widget.peek().status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(held.started()).isZero();
      assertThat(widget.readNow().status()).isEqualTo(Status.UNAVAILABLE);
      await().atMost(BOUND).until(() -> held.started() == 1);
      assertThat(vcb.requestCount()).isZero();
      held.open();
      await().atMost(BOUND).until(() -> widget.readNow().status() == Status.FRESH);
      assertThat(held.started()).isEqualTo(1);
      assertThat(vcb.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void staleDataExpiresIntoUnavailable(@Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb)
      throws Exception {
    FakeTime time = new FakeTime();
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, vcb).maxStale(Duration.ofHours(2)).build()) {
      assertThat(widget.read().status()).isEqualTo(Status.FRESH);
      vcb.inject(Fault.SERVER_ERROR);
      time.advance(Duration.ofMinutes(50));
      Snapshot<ExchangeRateBoard> stale = widget.read();
      assertThat(stale.status()).isEqualTo(Status.STALE);
      assertThat(stale.notice().in(Language.VI)).contains("50 phút");
      assertThat(stale.notice().in(Language.EN)).contains("50 minutes");
      time.advance(Duration.ofMinutes(71));
      Snapshot<ExchangeRateBoard> gone = widget.read();
      assertThat(gone.status()).isEqualTo(Status.UNAVAILABLE);
      assertThat(gone.data()).isNull();
      assertThat(Rendered.fx(gone)).contains("\"rates\":[]", "tạm thời");
    }
  }

  @Test
  void anOpenCircuitBreakerStopsRequestsToItsUpstream(
      @Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) {
    vcb.inject(Fault.SERVER_ERROR);
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(new FakeTime(), vcb)
        .retries(0, Duration.ofMillis(10), Duration.ofMillis(10))
        .circuitBreaker(2, Duration.ofMinutes(10)).build()) {
      for (int i = 0; i < 6; i++) {
        assertThat(widget.read().status()).isEqualTo(Status.UNAVAILABLE);
      }
      assertThat(vcb.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void failsOverToTheJsonApiWhenTheBoardIsAnHtmlPage(SimulatedUpstreams all) {
    all.vietcombankXml().inject(Fault.HTML_OK);
    FakeTime time = new FakeTime();
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, all.vietcombankXml(), all.vietcombankJson()).build()) {
      Snapshot<ExchangeRateBoard> s = widget.read();
      assertThat(s.status()).isEqualTo(Status.FRESH);
      assertThat(s.provider()).isEqualTo("vietcombank-json");
      assertThat(s.data().rate("GBP").orElseThrow().name()).isEqualTo("UK POUND STERLING");
      assertThat(all.vietcombankJson().wireMock().getAllServeEvents().get(0).getRequest().getUrl())
          .contains("date=2026-11-27");
    }
  }

  @Test
  void hundredsOfColdReadersCauseOneUpstreamRequest(
      @Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) throws Exception {
    vcb.delay(Duration.ofSeconds(1));
    FakeTime time = new FakeTime();
    int readers = 300;
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, vcb).build()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Snapshot<ExchangeRateBoard>>> results = new ArrayList<>();
      for (int i = 0; i < readers; i++) {
        results.add(pool.submit(() -> {
          go.await();
          return widget.read();
        }));
      }
      go.countDown();
      for (Future<Snapshot<ExchangeRateBoard>> f : results) {
        assertThat(f.get().status()).isEqualTo(Status.FRESH);
      }
      assertThat(vcb.requestCount()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRestartDuringAnOutageServesThePersistedBoardWithItsRealAge(
      @Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("widgets").resolve("fx.json");
    FakeTime time = new FakeTime();
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(time, vcb).persistTo(file).build()) {
      assertThat(widget.read().status()).isEqualTo(Status.FRESH);
    }
    assertThat(file).exists();
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }

    vcb.inject(Fault.CONNECTION_RESET);
    vcb.resetRequests();
    time.advance(Duration.ofMinutes(20));
    try (Widget<ExchangeRateBoard> restarted = Fixtures.fx(time, vcb).persistTo(file).build()) {
      Snapshot<ExchangeRateBoard> s = restarted.read();
      assertThat(s.status()).isEqualTo(Status.STALE);
      assertThat(s.age()).isEqualTo(Duration.ofMinutes(20));
      assertThat(s.data().asOf()).isEqualTo(java.time.OffsetDateTime.parse("2026-11-27T14:35:12+07:00"));
      assertThat(s.data().asOf().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
      assertThat(s.data().rate("USD").orElseThrow().transferBuy()).isEqualByComparingTo("26158.00");
      // The first read started a refresh at once (not after freshFor); it fails, the board stays.
      await().atMost(BOUND).until(() -> vcb.requestCount() >= 1);
      assertThat(restarted.read().status()).isEqualTo(Status.STALE);
      vcb.heal();
      // A refresh still failing when prefetch() is called absorbs it (and with fake time no other
      // comes): ask again until one runs against the healed upstream.
      await().atMost(BOUND).until(() -> {
        restarted.prefetch();
        return restarted.read().status() == Status.FRESH;
      });
    }
  }

  @Test
  void aDamagedPersistedFileIsIgnored(@Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb,
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("fx.json");
    Files.writeString(file, "{\"data\":{\"asOf\":", StandardCharsets.UTF_8);
    vcb.inject(Fault.SERVER_ERROR);
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(new FakeTime(), vcb).persistTo(file).build()) {
      assertThat(widget.peek().status()).isEqualTo(Status.UNAVAILABLE);
    }
  }

  @Test
  void htmlEscapesEverythingFromUpstream(@Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb)
      throws Exception {
    vcb.serveBody("application/xml", ("<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime>"
        + "<Exrate CurrencyCode=\"USD\" CurrencyName=\"&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;\" "
        + "Buy=\"-\" Transfer=\"26,158.00\" Sell=\"26,398.00\"/></ExrateList>").getBytes(StandardCharsets.UTF_8));
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(new FakeTime(), vcb).build()) {
      String html = WidgetViews.fxHtml(widget.read(), Language.VI);
      assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;");
      assertThat(html).contains("26.158,00", "–");
    }
  }

  @Test
  void anOversizedBodyIsRefusedNotParsed(@Upstream(SimulatedUpstream.Kind.VIETCOMBANK_XML) SimulatedUpstream vcb) {
    String board = Fixtures.text("vietcombank-board.xml");
    String padded = board.replace("<ExrateList>", "<ExrateList><!--" + "x".repeat(200_000) + "-->");
    vcb.serveBody("application/xml", padded.getBytes(StandardCharsets.UTF_8));
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(new FakeTime(), vcb)
        .providers(Providers.vietcombankXml(vcb.baseUrl(), Fixtures.HTTP.withMaxBodyBytes(64 * 1024))).build()) {
      assertThat(widget.read().status()).isEqualTo(Status.UNAVAILABLE);
    }
    try (Widget<ExchangeRateBoard> widget = Fixtures.fx(new FakeTime(), vcb).build()) {
      assertThat(widget.read().status()).isEqualTo(Status.FRESH);
    }
  }

  @Test
  void buildersCheckTheirArguments() {
    assertThatThrownBy(() -> Widgets.exchangeRates().freshFor(Duration.ZERO)).hasMessageContaining("freshFor");
    assertThatThrownBy(() -> Widgets.exchangeRates().retries(-1, Duration.ofMillis(1), Duration.ofMillis(2)))
        .hasMessageContaining("retries");
    assertThatThrownBy(() -> Widgets.weather().name("no spaces")).hasMessageContaining("name");
    assertThatThrownBy(() -> Widgets.exchangeRates().freshFor(Duration.ofHours(2)).maxStale(Duration.ofHours(1)).build())
        .hasMessageContaining("maxStale");
    assertThatThrownBy(() -> Widgets.custom("agency", String.class).build()).hasMessageContaining("provider");
    assertThatThrownBy(() -> Providers.openMeteo(java.net.URI.create("ftp://x"), Place.defaults(), HttpSettings.defaults()))
        .hasMessageContaining("base");
  }

  @Test
  void anAgencyProviderPlugsIn() {
    Provider<String> notice = new Provider<>() {
      @Override
      public String fetch() {
        return "Lịch tiếp công dân";
      }

      @Override
      public String name() {
        return "agency";
      }
    };
    try (Widget<String> widget = Widgets.custom("agency", String.class).providers(notice).build()) {
      Snapshot<String> s = widget.read();
      assertThat(s.status()).isEqualTo(Status.FRESH);
      assertThat(s.data()).isEqualTo("Lịch tiếp công dân");
      assertThat(s.provider()).isEqualTo("agency");
    }
  }
}
