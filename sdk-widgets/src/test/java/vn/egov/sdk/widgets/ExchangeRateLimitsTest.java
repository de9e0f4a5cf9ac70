package vn.egov.sdk.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.sdk.widgets.internal.VietcombankJson;
import vn.egov.sdk.widgets.internal.VietcombankXml;

/**
 * What makes an exchange-rate board plausible, whichever Vietcombank feed it came from: numbers as
 * the boards write them, a USD rate between 1,000 and 1,000,000 đồng, no rate above 10,000,000, each
 * currency once.
 */
class ExchangeRateLimitsTest {
  private static final String TIME = "<DateTime>11/27/2026 2:35:12 PM</DateTime>";

  private static ExchangeRateBoard xml(String rates) throws UpstreamException {
    return VietcombankXml.parse(("<ExrateList>" + TIME + rates + "</ExrateList>").getBytes(StandardCharsets.UTF_8));
  }

  private static String usd(String transfer, String sell) {
    return "<Exrate CurrencyCode=\"USD\" CurrencyName=\"US DOLLAR\" Buy=\"26,128.00\" Transfer=\"" + transfer
        + "\" Sell=\"" + sell + "\"/>";
  }

  private static ExchangeRateBoard json(String body) throws UpstreamException {
    return VietcombankJson.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theUsdRateMayBeFromOneThousandToOneMillionInclusive() throws Exception {
    assertThat(xml(usd("1,000", "1,000")).rate("USD").orElseThrow().transferBuy()).isEqualByComparingTo("1000");
    assertThat(xml(usd("1,000,000", "1,000,000")).rate("USD").orElseThrow().transferBuy())
        .isEqualByComparingTo("1000000");
    assertThatThrownBy(() -> xml(usd("999.99", "26,398.00")))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible USD rate");
    assertThatThrownBy(() -> xml(usd("1,000,000.01", "26,398.00")))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible USD rate");
  }

  @Test
  void withoutATransferRateTheSellRateIsChecked() throws Exception {
    assertThat(xml(usd("-", "26,398.00")).rate("USD").orElseThrow().transferBuy()).isNull();
    assertThatThrownBy(() -> xml(usd("-", "26.39")))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible USD rate");
    assertThatThrownBy(() -> xml(usd("-", "-")))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible USD rate");
    assertThatThrownBy(() -> xml(usd("0", "0")))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible USD rate");
  }

  @Test
  void noRateMayExceedTenMillion() throws Exception {
    String kwd = "<Exrate CurrencyCode=\"KWD\" CurrencyName=\"KUWAITI DINAR\" Buy=\"-\" Transfer=\"%s\" Sell=\"%s\"/>";
    ExchangeRateBoard ok = xml(usd("26,158.00", "26,398.00") + String.format(kwd, "10,000,000", "10,000,000.00"));
    assertThat(ok.rate("KWD").orElseThrow().sell()).isEqualByComparingTo("10000000");
    assertThatThrownBy(() -> xml(usd("26,158.00", "26,398.00") + String.format(kwd, "86,000", "10,000,000.01")))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible rate for KWD");
    String cash = "<Exrate CurrencyCode=\"KWD\" CurrencyName=\"K\" Buy=\"10,000,001\" Transfer=\"86,000\" Sell=\"87,000\"/>";
    assertThatThrownBy(() -> xml(usd("26,158.00", "26,398.00") + cash))
        .isInstanceOf(UpstreamException.class).hasMessage("implausible rate for KWD");
  }

  @Test
  void aCurrencyMayAppearOnlyOnce() {
    assertThatThrownBy(() -> xml(usd("26,158.00", "26,398.00") + usd("26,158.00", "26,398.00")))
        .isInstanceOf(UpstreamException.class).hasMessage("a currency appears twice");
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource({
      "22517, 22517", "19.3, 19.3", "23550.123456, 23550.123456", "9999999.5, 9999999.5",
      "'23,550.00', 23550.00", "'1,234,567.5', 1234567.5", "' 26,398.00 ', 26398"})
  void ratesAreReadPlainOrWithEnglishGrouping(String raw, String value) throws Exception {
    String eur = "<Exrate CurrencyCode=\"EUR\" CurrencyName=\"EURO\" Buy=\"" + raw + "\" Transfer=\"-\" Sell=\"\"/>";
    ExchangeRate r = xml(usd("26,158.00", "26,398.00") + eur).rate("EUR").orElseThrow();
    assertThat(r.cashBuy()).isEqualByComparingTo(value);
    assertThat(r.transferBuy()).isNull();
    assertThat(r.sell()).isNull();
  }

  @ParameterizedTest(name = "\"{0}\" is not a rate")
  @CsvSource({"1234567890", "1.1234567", "'1,23'", "'1234,567'", "'1,234,567,890,123'", "1.", ".5", "'1,000.'"})
  void whatIsNotARateIsRefusedWithTheField(String raw) {
    String eur = "<Exrate CurrencyCode=\"EUR\" CurrencyName=\"EURO\" Buy=\"-\" Transfer=\"-\" Sell=\"" + raw + "\"/>";
    assertThatThrownBy(() -> xml(usd("26,158.00", "26,398.00") + eur))
        .isInstanceOf(UpstreamException.class).hasMessage("EUR Sell is not a rate");
  }

  @Test
  void currencyCodesAreThreeCapitalLetters() throws Exception {
    assertThat(xml(usd("26,158.00", "26,398.00").replace("\"USD\"", "\" USD \"")).rate("USD")).isPresent();
    for (String code : new String[] {"usd", "US", "USDT", ""}) {
      assertThatThrownBy(() -> xml(usd("26,158.00", "26,398.00").replace("\"USD\"", "\"" + code + "\"")))
          .isInstanceOf(UpstreamException.class).hasMessage("not a currency code");
    }
  }

  @Test
  void theXmlBoardNeedsItsRootAndExactlyOneTime() {
    assertThatThrownBy(() -> VietcombankXml.parse(("<Rates>" + TIME + usd("26,158.00", "26,398.00") + "</Rates>")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(UpstreamException.class)
        .hasMessage("root element is not ExrateList");
    assertThatThrownBy(() -> xml(TIME + usd("26,158.00", "26,398.00")))
        .isInstanceOf(UpstreamException.class).hasMessage("board without exactly one DateTime");
    assertThatThrownBy(() -> VietcombankXml.parse(("<ExrateList>" + usd("26,158.00", "26,398.00") + "</ExrateList>")
        .getBytes(StandardCharsets.UTF_8))).isInstanceOf(UpstreamException.class)
        .hasMessage("board without exactly one DateTime");
  }

  @Test
  void theXmlTimeIsMonthFirstInVietnamAndAcceptsLowerCaseHalves() throws Exception {
    ExchangeRateBoard b = VietcombankXml.parse(("<ExrateList><DateTime> 12/1/2026 9:05:07 pm </DateTime>"
        + usd("26,158.00", "26,398.00") + "</ExrateList>").getBytes(StandardCharsets.UTF_8));
    assertThat(b.asOf()).isEqualTo(OffsetDateTime.parse("2026-12-01T21:05:07+07:00"));
    assertThat(b.rates()).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("US DOLLAR");
      assertThat(r.cashBuy()).isEqualByComparingTo("26128");
      assertThat(r.sell()).isEqualByComparingTo("26398");
    });
  }

  @Test
  void theJsonApiReadsUpdatedDateOrElseDateInVietnam() throws Exception {
    String data = "\"Data\":[{\"currencyCode\":\"USD\",\"currencyName\":\"US DOLLAR\",\"cash\":\"26128\","
        + "\"transfer\":\"26158\",\"sell\":\"26398\"}]";
    ExchangeRateBoard updated = json("{\"UpdatedDate\":\"2026-11-27T14:35:12+07:00\",\"Date\":\"2020-01-01T00:00:00\","
        + data + "}");
    assertThat(updated.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-27T14:35:12+07:00"));
    ExchangeRateBoard dated = json("{\"Date\":\"2026-11-27T00:00:00\"," + data + "}");
    assertThat(dated.asOf()).isEqualTo(OffsetDateTime.parse("2026-11-27T00:00:00+07:00"));
    ExchangeRate usd = dated.rate("USD").orElseThrow();
    assertThat(usd.name()).isEqualTo("US DOLLAR");
    assertThat(usd.cashBuy()).isEqualByComparingTo("26128");
    assertThat(usd.transferBuy()).isEqualByComparingTo("26158");
    assertThat(usd.sell()).isEqualByComparingTo("26398");
    ExchangeRateBoard nameless = json("{\"Date\":\"2026-11-27T00:00:00\","
        + data.replace("\"currencyName\":\"US DOLLAR\",", "") + "}");
    assertThat(nameless.rate("USD").orElseThrow().name()).isEqualTo("USD");
  }

  @Test
  void theJsonApiRefusesAnswersWithoutATimeOrData() {
    String data = "\"Data\":[{\"currencyCode\":\"USD\",\"transfer\":\"26158\"}]";
    assertThatThrownBy(() -> json("{" + data + "}"))
        .isInstanceOf(UpstreamException.class).hasMessage("answer without UpdatedDate or Date");
    assertThatThrownBy(() -> json("{\"UpdatedDate\":\"yesterday\"," + data + "}"))
        .isInstanceOf(UpstreamException.class).hasMessage("UpdatedDate is not an ISO date-time");
    assertThatThrownBy(() -> json("{\"Date\":\"27/11/2026\"," + data + "}"))
        .isInstanceOf(UpstreamException.class).hasMessage("UpdatedDate is not an ISO date-time");
    assertThatThrownBy(() -> json("{\"Date\":\"2026-11-27T00:00:00\",\"Data\":{}}"))
        .isInstanceOf(UpstreamException.class).hasMessage("Data is not an array");
    assertThatThrownBy(() -> json("{\"Date\":\"2026-11-27T00:00:00\"}"))
        .isInstanceOf(UpstreamException.class).hasMessage("missing Data");
    assertThatThrownBy(() -> json("[]"))
        .isInstanceOf(UpstreamException.class).hasMessage("answer is not an object");
  }
}
