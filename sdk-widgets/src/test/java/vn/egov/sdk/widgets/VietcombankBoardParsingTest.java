package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.egov.sdk.widgets.internal.VietcombankJson;
import vn.egov.sdk.widgets.internal.VietcombankXml;

class VietcombankBoardParsingTest {

  private static ExchangeRate rate(ExchangeRateBoard b, String code) {
    return b.rate(code).orElseThrow();
  }

  @Test
  void readsTheCurrentBoard() throws Exception {
    ExchangeRateBoard b = VietcombankXml.parse(Fixtures.bytes("vietcombank-board.xml"));
    assertThat(b.rates()).hasSize(20);
    assertThat(b.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-27T14:35:12+07:00"));
    ExchangeRate usd = rate(b, "USD");
    assertThat(usd.name()).isEqualTo("US DOLLAR");
    assertThat(usd.cashBuy()).isEqualByComparingTo("26128.00");
    assertThat(usd.transferBuy()).isEqualByComparingTo("26158.00");
    assertThat(usd.sell()).isEqualByComparingTo("26398.00");
    assertThat(rate(b, "DKK").cashBuy()).isNull();
    assertThat(rate(b, "DKK").transferBuy()).isEqualByComparingTo("4011.73");
    assertThat(rate(b, "JPY").sell()).isEqualByComparingTo("173.21");
  }

  @Test
  void readsTheOldUngroupedBoardWithZeroAsMissing() throws Exception {
    ExchangeRateBoard b = VietcombankXml.parse(Fixtures.bytes("vietcombank-board-2015.xml"));
    assertThat(b.asOf()).isEqualTo(OffsetDateTime.parse("2015-12-23T16:13:38+07:00"));
    assertThat(rate(b, "DKK").cashBuy()).isNull();
    assertThat(rate(b, "DKK").sell()).isEqualByComparingTo("3582");
    assertThat(rate(b, "HKD").transferBuy()).isEqualByComparingTo("2867.6");
    assertThat(rate(b, "USD").transferBuy()).isEqualByComparingTo(new BigDecimal("22495.88"));
  }

  @Test
  void readsEmptyValuesAsMissingAndMonthFirstDates() throws Exception {
    ExchangeRateBoard b = VietcombankXml.parse(Fixtures.bytes("vietcombank-board-empty-values.xml"));
    assertThat(b.asOf()).isEqualTo(OffsetDateTime.parse("2026-09-02T17:38:54+07:00"));
    assertThat(rate(b, "KWD").cashBuy()).isNull();
    assertThat(rate(b, "KWD").transferBuy()).isNull();
    assertThat(rate(b, "KWD").sell()).isEqualByComparingTo("89230.15");
  }

  @Test
  void readsFromBytesWithAByteOrderMarkAndAnyAttributeOrder() throws Exception {
    String board = "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime>"
        + "<Exrate Sell=\"26,398.00\" CurrencyName=\"US DOLLAR\" Buy=\"-\" Transfer=\"26,158.00\" CurrencyCode=\"USD\"/>"
        + "</ExrateList>";
    byte[] body = ("\uFEFF" + board).getBytes(StandardCharsets.UTF_8);
    ExchangeRateBoard b = VietcombankXml.parse(body);
    assertThat(b.asOf()).isEqualTo(OffsetDateTime.parse("2026-01-05T09:05:00+07:00"));
    assertThat(rate(b, "USD").cashBuy()).isNull();
    assertThat(rate(b, "USD").sell()).isEqualByComparingTo("26398");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // HTML with 200
      "<!DOCTYPE html><html><body>The requested URL was rejected.</body></html>",
      "<html><body>maintenance</body></html>",
      // wrong root
      "<Rates><DateTime>1/5/2026 9:05:00 AM</DateTime><Exrate CurrencyCode=\"USD\" Transfer=\"26,158.00\"/></Rates>",
      // no USD
      "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime><Exrate CurrencyCode=\"EUR\" Transfer=\"30,045.06\"/></ExrateList>",
      // implausible USD
      "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime><Exrate CurrencyCode=\"USD\" Transfer=\"26.158\"/></ExrateList>",
      // not a number
      "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime><Exrate CurrencyCode=\"USD\" Transfer=\"26158abc\"/></ExrateList>",
      // Vietnamese grouping is not the board's
      "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime><Exrate CurrencyCode=\"USD\" Transfer=\"26.158,00\"/></ExrateList>",
      // negative
      "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime><Exrate CurrencyCode=\"USD\" Transfer=\"-26158\"/></ExrateList>",
      // day-first date
      "<ExrateList><DateTime>27/11/2026 2:35:12 PM</DateTime><Exrate CurrencyCode=\"USD\" Transfer=\"26,158.00\"/></ExrateList>",
      // truncated
      "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime><Exrate CurrencyCode=\"USD\" Tra",
      ""})
  void refusesWhatIsNotABoard(String body) {
    assertThatThrownBy(() -> VietcombankXml.parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UpstreamException.class);
  }

  @Test
  void refusesExternalEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime>"
        + "<Exrate CurrencyCode=\"USD\" CurrencyName=\"&xxe;\" Transfer=\"26,158.00\"/></ExrateList>";
    assertThatThrownBy(() -> VietcombankXml.parse(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UpstreamException.class);
    String dtd = "<?xml version=\"1.0\"?><!DOCTYPE ExrateList SYSTEM \"http://127.0.0.1:1/evil.dtd\">"
        + "<ExrateList><DateTime>1/5/2026 9:05:00 AM</DateTime>"
        + "<Exrate CurrencyCode=\"USD\" Transfer=\"26,158.00\"/></ExrateList>";
    assertThatThrownBy(() -> VietcombankXml.parse(dtd.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UpstreamException.class);
  }

  @Test
  void refusesEntityExpansion() {
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    String prev = "lol";
    for (int i = 1; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        lol.append('&').append(prev).append(';');
      }
      lol.append("\">");
      prev = "lol" + i;
    }
    lol.append("]><ExrateList><DateTime>&lol9;</DateTime></ExrateList>");
    assertThatThrownBy(() -> VietcombankXml.parse(lol.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UpstreamException.class);
  }

  @Test
  void readsTheJsonApiWithZeroAsMissing() throws Exception {
    ExchangeRateBoard b = VietcombankJson.parse(Fixtures.bytes("vietcombank-api.json"));
    assertThat(b.rates()).hasSize(20);
    assertThat(b.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-27T14:35:12+07:00"));
    assertThat(rate(b, "USD").transferBuy()).isEqualByComparingTo("26158.00");
    assertThat(rate(b, "GBP").name()).isEqualTo("UK POUND STERLING");
    assertThat(rate(b, "SEK").cashBuy()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html>blocked</html>", "{\"Count\":0,\"Data\":[]}", "[1,2]", "{\"Data\":[{\"currencyCode\":\"USD\",\"transfer\":\"abc\"}]}", "{\"Count\":20,\"Da"})
  void refusesWhatIsNotAJsonBoard(String body) {
    assertThatThrownBy(() -> VietcombankJson.parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UpstreamException.class);
  }
}
