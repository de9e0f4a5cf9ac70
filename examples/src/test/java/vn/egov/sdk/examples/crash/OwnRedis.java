package vn.egov.sdk.examples.crash;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.egov.sdk.testing.TestServices;

/**
 * The harness's own redis-server ({@code appendonly yes}, {@code appendfsync always}) on a free port in
 * the test's directory; it can be killed (SIGKILL), stopped and started again on the same port and
 * directory. A small stand-in for sdk-testing's RedisServer (branch durable) until that one lands.
 */
final class OwnRedis implements AutoCloseable {
  private final Path dir;
  private final int port;
  private Process process;

  private OwnRedis(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  static OwnRedis start(Path dir) throws Exception {
    Path binary = Path.of("/usr/bin/redis-server");
    if (!Files.isExecutable(binary)) {
      TestServices.unavailable("redis-server (/usr/bin/redis-server)", new IOException("not found"));
    }
    Files.createDirectories(dir);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    OwnRedis redis = new OwnRedis(dir, port);
    redis.start();
    return redis;
  }

  synchronized void start() throws Exception {
    List<String> cmd = List.of("/usr/bin/redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--dir", dir.toString(), "--save", "", "--appendonly", "yes", "--appendfsync", "always",
        "--daemonize", "no");
    process = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis-server.log").toFile())).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!ping()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("redis-server did not answer on port " + port + "; see " + dir);
      }
      Thread.onSpinWait();
      TimeUnit.MILLISECONDS.sleep(20); // polling a condition, bounded above
    }
  }

  synchronized void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
    }
  }

  synchronized void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  boolean ping() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      s.setSoTimeout(2000);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] b = in.readNBytes(7);
      return new String(b, StandardCharsets.US_ASCII).equals("+PONG\r\n");
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
