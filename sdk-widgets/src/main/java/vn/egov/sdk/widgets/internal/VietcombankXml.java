package vn.egov.sdk.widgets.internal;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.egov.sdk.widgets.ExchangeRate;
import vn.egov.sdk.widgets.ExchangeRateBoard;
import vn.egov.sdk.widgets.HttpSettings;
import vn.egov.sdk.widgets.Provider;
import vn.egov.sdk.widgets.UpstreamException;

/** Vietcombank's XML board ({@code pXML.aspx}): parsed from bytes with {@link SecureXml}. */
public final class VietcombankXml implements Provider<ExchangeRateBoard>, AutoCloseable {
  public static final String PATH = "/Usercontrols/TVPortal.TyGia/pXML.aspx";
  private static final DateTimeFormatter US_TIME =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

  private final URI base;
  private final Http http;

  public VietcombankXml(URI base, HttpSettings settings) {
    this.base = base;
    this.http = new Http(settings);
  }

  @Override
  public String name() {
    return "vietcombank-xml";
  }

  @Override
  public ExchangeRateBoard fetch() throws Exception {
    return parse(http.get(Http.url(base, PATH, Map.of()), "application/xml, text/xml"));
  }

  /** Parses and checks a board; anything that is not a plausible board is an UpstreamException. */
  public static ExchangeRateBoard parse(byte[] body) throws UpstreamException {
    Document doc = SecureXml.parse(body);
    Element root = doc.getDocumentElement();
    if (!root.getTagName().equals("ExrateList")) {
      throw UpstreamException.invalid("root element is not ExrateList");
    }
    NodeList times = root.getElementsByTagName("DateTime");
    if (times.getLength() != 1) {
      throw UpstreamException.invalid("board without exactly one DateTime");
    }
    OffsetDateTime asOf = time(times.item(0).getTextContent());
    NodeList items = root.getElementsByTagName("Exrate");
    List<ExchangeRate> rates = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      Element e = (Element) items.item(i);
      String code = Boards.code(e.getAttribute("CurrencyCode"));
      rates.add(new ExchangeRate(code, e.getAttribute("CurrencyName"),
          Boards.rate(e.getAttribute("Buy"), code + " Buy"),
          Boards.rate(e.getAttribute("Transfer"), code + " Transfer"),
          Boards.rate(e.getAttribute("Sell"), code + " Sell")));
    }
    return new ExchangeRateBoard(asOf, Boards.check(rates));
  }

  /** {@code M/d/yyyy h:mm:ss AM|PM}, month first, Vietnam local time. */
  static OffsetDateTime time(String raw) throws UpstreamException {
    try {
      return LocalDateTime.parse(raw.strip().toUpperCase(Locale.ROOT), US_TIME)
          .atZone(Boards.VIETNAM).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      throw new UpstreamException("DateTime is not M/d/yyyy h:mm:ss AM|PM", e);
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
