package vn.egov.sdk.examples.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    ClientAddresses direct = ClientAddresses.direct();
    assertThat(direct.clientKey("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
    ClientAddresses proxies = ClientAddresses.parse("127.0.0.1,10.0.0.0/8");
    assertThat(proxies.clientKey("127.0.0.1", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    // a client cannot pick its key by sending its own X-Forwarded-For: the proxy appends the real one
    assertThat(proxies.clientKey("127.0.0.1", List.of("1.2.3.4, 198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(proxies.clientKey("127.0.0.1", List.of("198.51.100.1, 10.1.2.3"))).isEqualTo("198.51.100.1");
    assertThat(proxies.clientKey("127.0.0.1", List.of("198.51.100.1", "10.1.2.3"))).isEqualTo("198.51.100.1");
    assertThat(proxies.clientKey("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    assertThat(proxies.clientKey("192.0.2.9", List.of("198.51.100.1"))).isEqualTo("192.0.2.9"); // not a proxy
  }

  @Test
  void garbageAndHostNamesAreNeverResolved() {
    ClientAddresses proxies = ClientAddresses.parse("127.0.0.1");
    assertThat(proxies.clientKey("127.0.0.1", List.of("evil.example.com"))).isEqualTo("127.0.0.1");
    assertThat(proxies.clientKey("127.0.0.1", List.of("999.1.1.1"))).isEqualTo("127.0.0.1");
    assertThat(proxies.clientKey("127.0.0.1", List.of("unknown, 198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(ClientAddresses.literal("localhost")).isEmpty();
  }

  @Test
  void ipv6ClientsAreKeyedByTheirSlash64() {
    ClientAddresses direct = ClientAddresses.direct();
    String a = direct.clientKey("2001:db8:1:2:aaaa::1", List.of());
    String b = direct.clientKey("[2001:db8:1:2:bbbb::2]", List.of());
    String other = direct.clientKey("2001:db8:1:3::1", List.of());
    assertThat(a).isEqualTo(b).isEqualTo("v6:20010db800010002::/64");
    assertThat(other).isNotEqualTo(a);
    assertThat(ClientAddresses.parse("::1").isTrusted("0:0:0:0:0:0:0:1")).isTrue();
  }

  @Test
  void networksMatchOnTheirPrefix() {
    ClientAddresses p = ClientAddresses.parse("192.168.4.0/22, fd00::/8");
    assertThat(p.isTrusted("192.168.7.255")).isTrue();
    assertThat(p.isTrusted("192.168.8.0")).isFalse();
    assertThat(p.isTrusted("fd12::1")).isTrue();
    assertThat(p.isTrusted("fe80::1")).isFalse();
    assertThat(p).hasToString("192.168.4.0/22,fd00::/8");
  }

  @Test
  void aBadListSaysWhichEntry() {
    assertThatThrownBy(() -> ClientAddresses.parse("")).hasMessageContaining("--trusted-proxies");
    assertThatThrownBy(() -> ClientAddresses.parse("127.0.0.1,proxy.local"))
        .hasMessageContaining("'proxy.local' is not an IP address");
    assertThatThrownBy(() -> ClientAddresses.parse("10.0.0.0/33")).hasMessageContaining("0-32");
  }
}
