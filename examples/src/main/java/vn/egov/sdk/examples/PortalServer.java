package vn.egov.sdk.examples;

/** {@code java -jar portal-demo.jar [options]}: see {@link ServerOptions#usage()}. */
public final class PortalServer {
  private PortalServer() {}

  public static void main(String[] args) {
    if (ServerOptions.isHelp(args)) {
      System.out.print(ServerOptions.usage());
      return;
    }
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("portal-demo: " + e.getMessage());
      System.err.print(ServerOptions.usage());
      System.exit(2);
      return;
    }
    PortalApp app;
    try {
      app = PortalApp.start(options);
    } catch (io.javalin.util.JavalinBindException e) {
      System.err.println("portal-demo: port " + options.port() + " on 127.0.0.1 is already in use;"
          + " choose another with --port N (0 picks a free one)");
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "portal-shutdown"));
    System.out.println("Listening on " + app.baseUrl());
    System.out.flush();
  }
}
