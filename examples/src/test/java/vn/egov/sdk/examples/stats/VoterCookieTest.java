package vn.egov.sdk.examples.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoterCookieTest {

  @Test
  void theKeyIsMadeOnceReadableByTheOwnerOnlyAndKeptAcrossRestarts(@TempDir Path dir) throws Exception {
    VoterCookie first = VoterCookie.inDataDir(dir);
    Path key = dir.resolve(VoterCookie.KEY_FILE);
    assertThat(key).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    assertThat(java.util.Base64.getDecoder().decode(Files.readString(key).trim())).hasSize(32);
    String signed = first.sign("AAAAAAAAAAAAAAAAAAAAAA");
    VoterCookie restarted = VoterCookie.inDataDir(dir);
    assertThat(restarted.sign("AAAAAAAAAAAAAAAAAAAAAA")).isEqualTo(signed);
    assertThat(restarted.verify("AAAAAAAAAAAAAAAAAAAAAA." + signed)).contains("AAAAAAAAAAAAAAAAAAAAAA");
    assertThat(dir.toFile().list()).containsExactly(VoterCookie.KEY_FILE);
  }

  @Test
  void onlyAnIdTheServerSignedIsTaken(@TempDir Path dir, @TempDir Path other) {
    VoterCookie cookies = VoterCookie.inDataDir(dir);
    String id = "abcdefghijklmnopqrstuv";
    String good = id + "." + cookies.sign(id);
    assertThat(cookies.verify(good)).contains(id);
    assertThat(cookies.verify(id + "." + cookies.sign("abcdefghijklmnopqrstuw"))).isEmpty();
    assertThat(cookies.verify(good.substring(0, good.length() - 1) + (good.endsWith("A") ? "B" : "A"))).isEmpty();
    assertThat(cookies.verify(id)).isEmpty();
    assertThat(cookies.verify("")).isEmpty();
    assertThat(cookies.verify(null)).isEmpty();
    assertThat(cookies.verify("short." + cookies.sign("short"))).as("ids have one shape").isEmpty();
    assertThat(cookies.verify("abcdefghijklmnopqrstu/." + cookies.sign("abcdefghijklmnopqrstu/"))).isEmpty();
    // another server's key (another data directory) signs differently
    assertThat(VoterCookie.inDataDir(other).verify(good)).isEmpty();
  }

  @Test
  void aDamagedKeyFileIsAClearErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(VoterCookie.KEY_FILE), "not base64 !!");
    assertThatThrownBy(() -> VoterCookie.inDataDir(dir)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(VoterCookie.KEY_FILE).hasMessageContaining("delete it");
    Files.writeString(dir.resolve(VoterCookie.KEY_FILE), "c2hvcnQ=");
    assertThatThrownBy(() -> VoterCookie.inDataDir(dir)).hasMessageContaining("at least 32 bytes");
  }
}
