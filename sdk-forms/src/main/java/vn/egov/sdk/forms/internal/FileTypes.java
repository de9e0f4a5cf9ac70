package vn.egov.sdk.forms.internal;

import java.util.List;

/** The attachment media types the SDK knows, recognised by their magic bytes. */
public final class FileTypes {
  public static final List<String> SUPPORTED = List.of("application/pdf", "image/png", "image/jpeg");

  private FileTypes() {}

  public static boolean supported(String mediaType) {
    return SUPPORTED.contains(mediaType);
  }

  /** Whether the content starts with the signature of the media type. */
  public static boolean matches(String mediaType, byte[] content) {
    return switch (mediaType) {
      case "application/pdf" -> startsWith(content, '%', 'P', 'D', 'F', '-');
      case "image/png" -> startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
      case "image/jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
      default -> false;
    };
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
