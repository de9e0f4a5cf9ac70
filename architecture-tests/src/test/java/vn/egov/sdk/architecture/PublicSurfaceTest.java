package vn.egov.sdk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The public surface of the library modules: no public signature exposes an internal type, and no
 * module reaches into another module's internal package (but for the qualified exports of sdk-jdbc).
 * The benchmarks are not checked: their naive baseline reuses the search index's ranking on purpose.
 */
@AnalyzeClasses(packages = {"vn.egov.sdk.core", "vn.egov.sdk.jdbc", "vn.egov.sdk.forms", "vn.egov.sdk.widgets",
    "vn.egov.sdk.stats", "vn.egov.sdk.testing", "vn.egov.sdk.examples"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class PublicSurfaceTest {

  @ArchTest
  static final ArchRule noPublicSignatureExposesAnInternalType = classes()
      .that().arePublic().and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are in an API package") {
        @Override
        public boolean test(JavaClass c) {
          return !SdkModules.isInternal(c.getPackageName()) && !c.getPackageName().startsWith("vn.egov.sdk.examples");
        }
      })
      .should(new ArchCondition<JavaClass>("expose no internal type in a public or protected signature") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          if (c.isNestedClass() && !isVisible(c.getModifiers())) {
            return;
          }
          Set<JavaClass> exposed = new LinkedHashSet<>();
          c.getRawSuperclass().ifPresent(exposed::add);
          exposed.addAll(c.getRawInterfaces());
          for (JavaMember m : c.getMembers()) {
            if (!isVisible(m.getModifiers())) {
              continue;
            }
            if (m instanceof JavaField f) {
              exposed.addAll(f.getType().getAllInvolvedRawTypes());
            } else if (m instanceof JavaCodeUnit u) {
              exposed.addAll(u.getReturnType().getAllInvolvedRawTypes());
              for (JavaType p : u.getParameterTypes()) {
                exposed.addAll(p.getAllInvolvedRawTypes());
              }
              exposed.addAll(u.getThrowsClause().getTypes());
            }
          }
          for (JavaClass t : exposed) {
            if (SdkModules.isInternal(t.getPackageName()) && t.getPackageName().startsWith("vn.egov.sdk")) {
              events.add(SimpleConditionEvent.violated(c, c.getName() + " exposes " + t.getName()));
            }
          }
        }
      });

  @ArchTest
  static final ArchRule noModuleReachesIntoAnotherModulesInternals = classes()
      .should(new ArchCondition<JavaClass>("use no internal package of another module (qualified exports aside)") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
          String from = SdkModules.moduleOf(c.getPackageName());
          for (Dependency d : c.getDirectDependenciesFromSelf()) {
            String pkg = d.getTargetClass().getPackageName();
            if (!pkg.startsWith("vn.egov.sdk.") || !SdkModules.isInternal(pkg)) {
              continue;
            }
            String to = SdkModules.moduleOf(pkg);
            boolean qualified = SdkModules.QUALIFIED.getOrDefault(pkg, Set.of()).contains(from);
            if (!to.equals(from) && !qualified) {
              events.add(SimpleConditionEvent.violated(c, d.getDescription()));
            }
          }
        }
      });

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }
}
