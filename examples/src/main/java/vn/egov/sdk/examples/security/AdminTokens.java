package vn.egov.sdk.examples.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the admin token comes from besides {@code --admin-token} (which every user of the machine can
 * read in the process list): a file ({@code --admin-token-file}, e.g. a container secret) or the
 * {@code EGOV_ADMIN_TOKEN} environment variable. No message here ever contains the token.
 */
public final class AdminTokens {
  private static final Logger log = LoggerFactory.getLogger(AdminTokens.class);
  /** A token file is a few bytes; anything larger is not one. */
  static final int MAX_FILE_BYTES = 4096;

  private AdminTokens() {}

  /**
   * The token in {@code file}: its UTF-8 content without leading and trailing white space (so the
   * usual final newline does not count). Refuses a missing, unreadable, empty, multi-line or
   * oversized file with a message naming the file. Warns (without the token) when others may read it.
   */
  public static String fromFile(Path file) {
    String name = "--admin-token-file " + file;
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new IllegalArgumentException(name + ": the file is larger than " + MAX_FILE_BYTES
          + " bytes; it should hold the token only");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(name + ": the file is not UTF-8 text");
    }
    warnIfOthersCanRead(file);
    return check(name, text.strip());
  }

  /** Checks a token from {@code source}: not empty, one line, no control characters. */
  public static String check(String source, String token) {
    if (token.isEmpty()) {
      throw new IllegalArgumentException(source + ": the admin token is empty");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(source + ": the admin token must be one line without control characters");
      }
    }
    return token;
  }

  private static void warnIfOthersCanRead(Path file) {
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      if (p.contains(PosixFilePermission.OTHERS_READ)) {
        log.warn("The admin token file {} can be read by every user of the machine; chmod 600 it", file);
      }
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: nothing to say
    }
  }
}
