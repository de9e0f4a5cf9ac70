package vn.egov.sdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every library jar is a named module (module-info) that exports its API packages and no internal
 * package, but for qualified exports and opens to other SDK modules and the libraries that reflect
 * on it (Jackson, the Bean Validation reference implementation).
 */
class ModuleDescriptorsTest {
  private static final Set<String> MAY_REFLECT = Set.of("com.fasterxml.jackson.databind", "org.hibernate.validator");

  @Test
  void everyLibraryModuleHasItsNameAndHidesItsInternals() throws Exception {
    for (Map.Entry<String, String> e : SdkModules.ANCHORS.entrySet()) {
      ModuleDescriptor d = descriptorOf(Class.forName(e.getValue()));
      assertThat(d.name()).isEqualTo(e.getKey());
      assertThat(d.isAutomatic()).as(d.name()).isFalse();
      assertThat(d.isOpen()).as(d.name()).isFalse();
      Set<String> exported = new TreeSet<>();
      for (ModuleDescriptor.Exports x : d.exports()) {
        if (SdkModules.isInternal(x.source())) {
          assertThat(x.isQualified()).as("%s exports %s to everyone", d.name(), x.source()).isTrue();
          assertThat(x.targets()).as("%s exports %s", d.name(), x.source()).allMatch(t -> t.startsWith("vn.egov.sdk."))
              .isEqualTo(SdkModules.QUALIFIED.get(x.source()));
        } else {
          assertThat(x.isQualified()).as("%s exports %s to some only", d.name(), x.source()).isFalse();
          exported.add(x.source());
        }
      }
      for (ModuleDescriptor.Opens o : d.opens()) {
        assertThat(o.isQualified()).as("%s opens %s to everyone", d.name(), o.source()).isTrue();
        assertThat(o.targets()).as("%s opens %s", d.name(), o.source()).isSubsetOf(MAY_REFLECT);
      }
      Set<String> api = packagesWithClasses(Class.forName(e.getValue())).stream()
          .filter(p -> !SdkModules.isInternal(p)).collect(Collectors.toCollection(TreeSet::new));
      assertThat(exported).as("the API packages %s exports", d.name()).isEqualTo(api);
    }
  }

  @Test
  void storeModulesProvideTheStoreServiceAndStatsUsesIt() throws Exception {
    assertThat(descriptorOf(Class.forName("vn.egov.sdk.stats.StatsStore")).uses())
        .containsExactly("vn.egov.sdk.stats.spi.StatsStoreProvider");
    for (String anchor : new String[] {"vn.egov.sdk.stats.jdbc.JdbcStatsStoreProvider",
        "vn.egov.sdk.stats.redis.RedisStatsStoreProvider"}) {
      assertThat(descriptorOf(Class.forName(anchor)).provides())
          .extracting(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("vn.egov.sdk.stats.spi.StatsStoreProvider", java.util.List.of(anchor)));
    }
  }

  static ModuleDescriptor descriptorOf(Class<?> anchor) throws Exception {
    return referenceOf(anchor).descriptor();
  }

  private static ModuleReference referenceOf(Class<?> anchor) throws Exception {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> found = ModuleFinder.of(location).findAll();
    assertThat(found).as("modules at %s", location).hasSize(1);
    return found.iterator().next();
  }

  /** The packages holding classes (a folder of resources only, such as form samples, is no API). */
  private static Set<String> packagesWithClasses(Class<?> anchor) throws Exception {
    try (java.lang.module.ModuleReader reader = referenceOf(anchor).open()) {
      return reader.list().filter(n -> n.endsWith(".class") && !n.equals("module-info.class") && n.contains("/"))
          .map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
