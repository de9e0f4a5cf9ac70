package vn.egov.sdk.widgets.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.egov.sdk.widgets.UpstreamException;

/**
 * The JDK's DOM parser hardened for untrusted input: any DOCTYPE is refused (so no entity can be
 * declared, expanded or fetched), external DTDs, schemas and XInclude are off, secure processing is
 * on. Parses from bytes, so the parser honours the byte-order mark and the declared encoding.
 */
public final class SecureXml {
  private static final ErrorHandler SILENT = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not make a document unusable
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private SecureXml() {}

  public static Document parse(byte[] bytes) throws UpstreamException {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are refused");
      });
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException | IOException e) {
      throw new UpstreamException("not well-formed XML (or a DOCTYPE)", e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
    }
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(false);
    f.setValidating(false);
    return f;
  }
}
