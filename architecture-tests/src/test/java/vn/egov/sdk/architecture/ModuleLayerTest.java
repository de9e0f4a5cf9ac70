package vn.egov.sdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library modules as an application on the module path sees them: they resolve together with
 * their dependencies, the stats store modules are found as services, and a SQLite and an H2 stats store
 * open and answer through sdk-jdbc's pool (HikariCP loading the driver by name across modules).
 */
class ModuleLayerTest {
  /** The automatic modules (jars without a descriptor) the SDK's modules need on a module path. */
  private static final Set<String> AUTOMATIC = Set.of("okio", "com.ibm.icu", "com.h2database",
      "redis.clients.jedis", "org.apache.commons.pool2", "org.json");

  @Test
  void theLibraryModulesResolveAndTheStoresAreServices(@TempDir Path dir) throws Exception {
    ModuleLayer layer = layer();
    for (String module : SdkModules.ANCHORS.keySet()) {
      assertThat(layer.findModule(module)).as(module).isPresent();
    }
    ClassLoader loader = layer.findLoader("vn.egov.sdk.stats");
    Class<?> spi = loader.loadClass("vn.egov.sdk.stats.spi.StatsStoreProvider");
    List<String> providers = new ArrayList<>();
    ServiceLoader.load(layer, spi).stream().forEach(p -> providers.add(p.type().getName()));
    assertThat(providers).containsExactlyInAnyOrder("vn.egov.sdk.stats.jdbc.JdbcStatsStoreProvider",
        "vn.egov.sdk.stats.redis.RedisStatsStoreProvider");

    Class<?> stores = loader.loadClass("vn.egov.sdk.stats.StatsStores");
    Class<?> storeType = loader.loadClass("vn.egov.sdk.stats.StatsStore");
    Path sqlite = dir.resolve("stats.db");
    for (String url : List.of("jdbc:h2:mem:module-layer", "jdbc:sqlite:" + sqlite)) {
      Object store = stores.getMethod("open", String.class).invoke(null, url);
      try {
        storeType.getMethod("ping").invoke(store);
        assertThat(storeType.getMethod("pageViews", String.class).invoke(store, "/")).as(url).isEqualTo(0L);
      } finally {
        storeType.getMethod("close").invoke(store);
      }
    }
  }

  @Test
  void internalPackagesAreNotReachableFromOtherModules() throws Exception {
    ModuleLayer layer = layer();
    Module core = layer.findModule("vn.egov.sdk.core").orElseThrow();
    Module forms = layer.findModule("vn.egov.sdk.forms").orElseThrow();
    Module jdbc = layer.findModule("vn.egov.sdk.jdbc").orElseThrow();
    Module stats = layer.findModule("vn.egov.sdk.stats").orElseThrow();
    assertThat(core.isExported("vn.egov.sdk.core.internal")).isFalse();
    assertThat(core.isExported("vn.egov.sdk.core.calendar.internal")).isFalse();
    assertThat(core.isExported("vn.egov.sdk.core.catalog")).isTrue();
    assertThat(jdbc.isExported("vn.egov.sdk.jdbc.internal", forms)).isTrue();
    assertThat(jdbc.isExported("vn.egov.sdk.jdbc.internal", stats)).isFalse();
    assertThat(forms.isOpen("vn.egov.sdk.forms.internal.constraints", stats)).isFalse();
  }

  /** A layer over the boot layer with the SDK's modules and, from the test class path, their dependencies. */
  private static ModuleLayer layer() {
    Map<String, ModuleReference> modules = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Set<ModuleReference> found;
      try {
        found = ModuleFinder.of(Path.of(entry)).findAll();
      } catch (FindException | SecurityException e) {
        continue; // not usable as a module (no SDK library jar is among these)
      }
      for (ModuleReference ref : found) {
        boolean automatic = ref.descriptor().isAutomatic();
        if (!automatic || AUTOMATIC.contains(ref.descriptor().name())) {
          modules.putIfAbsent(ref.descriptor().name(), ref);
        }
      }
    }
    ModuleFinder finder = new ModuleFinder() {
      @Override
      public Optional<ModuleReference> find(String name) {
        return Optional.ofNullable(modules.get(name));
      }

      @Override
      public Set<ModuleReference> findAll() {
        return new HashSet<>(modules.values());
      }
    };
    Set<String> roots = new HashSet<>(SdkModules.ANCHORS.keySet());
    roots.add("com.h2database");
    roots.add("org.xerial.sqlitejdbc");
    Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), roots);
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }
}
