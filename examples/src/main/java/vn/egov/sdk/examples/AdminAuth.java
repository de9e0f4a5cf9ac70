package vn.egov.sdk.examples;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards the admin endpoints: without {@code --admin-token} they do not exist (404); with it a request
 * needs {@code Authorization: Bearer <token>} (else 401). The token is compared in constant time.
 */
public final class AdminAuth {
  private final Optional<byte[]> token;

  public AdminAuth(Optional<String> token) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  public boolean enabled() {
    return token.isPresent();
  }

  /** Throws the contract's 404 or 401 unless the request carries the admin token. */
  public void require(Context ctx) {
    if (token.isEmpty()) {
      throw ApiException.notFound("NOT_FOUND", Lang.of(ctx).pick(
          "Không tìm thấy địa chỉ này.", "No such resource."));
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    if (!MessageDigest.isEqual(given, token.get())) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "UNAUTHORIZED", Lang.of(ctx).pick(
          "Cần mã quản trị hợp lệ.", "A valid admin token is required."));
    }
  }
}
