package vn.egov.sdk.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import vn.egov.sdk.forms.Attachment;
import vn.egov.sdk.forms.Submission;

/** A SHA-256 fingerprint of a submission, independent of key order and number spelling. */
public final class Canonical {
  private Canonical() {}

  public static String fingerprint(Submission s) {
    MessageDigest sha = sha256();
    StringBuilder text = new StringBuilder();
    text.append(s.formId()).append('\n');
    write(s.data(), text);
    sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
    for (Attachment a : s.attachments()) {
      sha.update(("\n" + a.field() + "\n" + a.fileName() + "\n" + a.mediaType() + "\n")
          .getBytes(StandardCharsets.UTF_8));
      sha.update(sha256().digest(a.content()));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void write(JsonNode n, StringBuilder out) {
    if (n.isObject()) {
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      Collections.sort(keys);
      out.append('{');
      for (String k : keys) {
        out.append(JsonSupport.mapper().getNodeFactory().textNode(k)).append(':');
        write(n.get(k), out);
        out.append(',');
      }
      out.append('}');
    } else if (n.isArray()) {
      out.append('[');
      for (JsonNode item : n) {
        write(item, out);
        out.append(',');
      }
      out.append(']');
    } else if (n.isNumber()) {
      out.append(n.decimalValue().stripTrailingZeros());
    } else {
      out.append(n);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
