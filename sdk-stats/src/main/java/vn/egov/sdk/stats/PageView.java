package vn.egov.sdk.stats;

import java.text.Normalizer;

/**
 * One view of one page. {@code visitorId} is an opaque id chosen by the portal (a random cookie
 * value, never an IP address): 1–128 printable characters. {@code memberId} is the signed-in member's
 * opaque id or null for a guest (same rules). {@code path} is the page's path: starts with {@code /},
 * at most 512 printable characters, kept in Unicode NFC so that {@code /tin-tức} typed in NFD and in
 * NFC counts as one page. A value breaking these rules is refused with an
 * {@link InvalidPageViewException} naming the wrong field.
 */
public record PageView(String visitorId, String memberId, String path) {
  public static final int MAX_ID_LENGTH = 128;
  public static final int MAX_PATH_LENGTH = 512;

  public PageView {
    path = nfc(path);
    if (!isValidId(visitorId)) {
      throw new InvalidPageViewException(InvalidPageViewException.Field.VISITOR_ID,
          "visitorId must be 1 to " + MAX_ID_LENGTH + " printable characters");
    }
    if (memberId != null && !isValidId(memberId)) {
      throw new InvalidPageViewException(InvalidPageViewException.Field.MEMBER_ID,
          "memberId must be null or 1 to " + MAX_ID_LENGTH + " printable characters");
    }
    if (!isValidPath(path)) {
      throw new InvalidPageViewException(InvalidPageViewException.Field.PATH,
          "path must start with '/' and have at most " + MAX_PATH_LENGTH + " printable characters");
    }
  }

  public static PageView guest(String visitorId, String path) {
    return new PageView(visitorId, null, path);
  }

  public boolean member() {
    return memberId != null;
  }

  /** The path in Unicode NFC (null stays null): the form under which its views are counted. */
  public static String nfc(String path) {
    return path == null ? null : Normalizer.normalize(path, Normalizer.Form.NFC);
  }

  /** 1–128 printable characters: no control character, no lone surrogate, not only blanks. */
  public static boolean isValidId(String id) {
    return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH && printable(id);
  }

  /** Starts with {@code /}, at most 512 printable characters. */
  public static boolean isValidPath(String path) {
    return path != null && path.startsWith("/") && path.length() <= MAX_PATH_LENGTH
        && printable(path);
  }

  private static boolean printable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
