package vn.egov.sdk.examples.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client of a request is, for rate limits: the peer address, or — when the peer is one of
 * the trusted reverse proxies ({@code --trusted-proxies}) — the nearest address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. An IPv6 client is keyed by its /64
 * network (one subscriber's usual allocation), an IPv4 client by its address. Headers from a peer
 * that is not trusted are ignored, so a client cannot choose its own key.
 */
public final class ClientAddresses {
  private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

  private final List<Network> trusted;

  private ClientAddresses(List<Network> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /** Nobody is trusted: the peer address is the client. */
  public static ClientAddresses direct() {
    return new ClientAddresses(List.of());
  }

  /** {@code ADDRESS[/PREFIX][,…]}, e.g. {@code 127.0.0.1,::1,10.0.0.0/8}. */
  public static ClientAddresses parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("--trusted-proxies must not be empty");
    }
    List<Network> list = new ArrayList<>();
    for (String part : spec.split(",")) {
      list.add(Network.parse(part.trim()));
    }
    return new ClientAddresses(list);
  }

  /** The trusted networks as given ({@code 10.0.0.0/8}), for messages and {@code toString}. */
  public List<String> trusted() {
    return trusted.stream().map(Network::toString).toList();
  }

  public boolean isTrusted(String address) {
    return literal(address).map(this::isTrusted).orElse(false);
  }

  private boolean isTrusted(InetAddress a) {
    for (Network n : trusted) {
      if (n.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rate-limit key of a request from {@code peer} carrying the given {@code X-Forwarded-For}
   * header values (each a comma-separated list, the nearest hop last).
   */
  public String clientKey(String peer, List<String> forwardedFor) {
    Optional<InetAddress> peerAddress = literal(peer);
    if (peerAddress.isEmpty()) {
      return "peer:" + peer;
    }
    InetAddress client = peerAddress.get();
    if (isTrusted(client) && forwardedFor != null) {
      List<String> hops = new ArrayList<>();
      for (String header : forwardedFor) {
        hops.addAll(Arrays.asList(header.split(",")));
      }
      for (int i = hops.size() - 1; i >= 0; i--) {
        Optional<InetAddress> hop = literal(hops.get(i).trim());
        if (hop.isEmpty()) {
          break; // garbage from further out: the last hop we trust delivered it
        }
        client = hop.get();
        if (!isTrusted(client)) {
          break;
        }
      }
    }
    return key(client);
  }

  static String key(InetAddress a) {
    byte[] b = a.getAddress();
    if (b.length == 4) {
      return a.getHostAddress();
    }
    StringBuilder out = new StringBuilder("v6:");
    for (int i = 0; i < 8; i++) {
      out.append(String.format(Locale.ROOT, "%02x", b[i]));
    }
    return out.append("::/64").toString();
  }

  /** An IP literal (never a DNS lookup); brackets and an IPv6 zone are accepted. */
  static Optional<InetAddress> literal(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.trim();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    int zone = t.indexOf('%');
    if (zone >= 0) {
      t = t.substring(0, zone);
    }
    if (t.isEmpty() || t.length() > 45) {
      return Optional.empty();
    }
    var v4 = IPV4.matcher(t);
    if (v4.matches()) {
      for (int g = 1; g <= 4; g++) {
        if (Integer.parseInt(v4.group(g)) > 255) {
          return Optional.empty();
        }
      }
    } else if (!t.contains(":") || !IPV6.matcher(t).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(t)); // a literal: only its form is checked
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return trusted.isEmpty() ? "none" : String.join(",", trusted());
  }

  /** An address with a prefix length. */
  private record Network(byte[] address, int prefix, String text) {
    static Network parse(String s) {
      int slash = s.indexOf('/');
      String addr = slash < 0 ? s : s.substring(0, slash);
      InetAddress a = literal(addr).orElseThrow(() -> new IllegalArgumentException(
          "--trusted-proxies: '" + s + "' is not an IP address or network (e.g. 127.0.0.1 or 10.0.0.0/8)"));
      int bits = a.getAddress().length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(s.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException("--trusted-proxies: the prefix of '" + s + "' must be 0-" + bits);
        }
      }
      return new Network(a.getAddress(), prefix, s);
    }

    boolean contains(InetAddress a) {
      byte[] b = a.getAddress();
      if (b.length != address.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (b[i] != address[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (b[full] & mask) == (address[full] & mask);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
