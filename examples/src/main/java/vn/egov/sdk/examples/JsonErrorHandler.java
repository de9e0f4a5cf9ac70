package vn.egov.sdk.examples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — those raised before a request reaches Javalin, such as a request line or
 * headers over the limit (414, 431) or an unparseable request (400) — in the contract's JSON error
 * body instead of Jetty's HTML page, with the security headers of every response. The body never
 * carries Jetty's reason text.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** Jetty's own errors carry the same security headers as every other response. */
  private static final java.util.Map<String, String> SECURITY_HEADERS =
      vn.egov.sdk.examples.security.SecurityHeaders.defaults();

  static String body(int status) {
    String code = switch (status) {
      case 413 -> "PAYLOAD_TOO_LARGE";
      case 414 -> "URI_TOO_LONG";
      case 431 -> "HEADERS_TOO_LARGE";
      default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
    };
    String message = switch (status) {
      case 413 -> "Nội dung gửi lên quá lớn.";
      case 414 -> "Địa chỉ yêu cầu quá dài.";
      case 431 -> "Phần đầu yêu cầu quá lớn.";
      default -> status >= 500 ? "Đã có lỗi ở máy chủ. Vui lòng thử lại sau." : "Yêu cầu không hợp lệ.";
    };
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
    SECURITY_HEADERS.forEach(fields::put);
    return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    byte[] bytes = body(code).getBytes(StandardCharsets.UTF_8);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    SECURITY_HEADERS.forEach(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }
}
