package org.clausewatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.shared.security.Allowed;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md; a break fails the build. */
class ArchitectureTest {

  static final String BASE = "org.clausewatch";

  static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  @Test
  void webClassesNeverTouchTheEntityManager() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManagerFactory.class);
    rule.check(PRODUCTION);
  }

  private static final com.tngtech.archunit.base.DescribedPredicate<
          com.tngtech.archunit.core.domain.JavaClass>
      ENTITY_VALUE_OUTSIDE_SHARED =
          com.tngtech.archunit.base.DescribedPredicate.describe(
              "are @Embeddable outside shared",
              c ->
                  c.isAnnotatedWith(jakarta.persistence.Embeddable.class)
                      && !c.getPackageName().startsWith(BASE + ".shared"));

  @Test
  void webClassesUseNoEntityAndNoRepositoryOnlyServicesReadModelsAndCommands() {
    // Pages get records (read models, commands) from application services; an entity bound to a
    // form would let a page change state past the entity's verbs and the service's checks. Shared
    // value objects (Money) are values, not entities, and may be shown.
    noClasses()
        .that()
        .resideInAPackage("..web..")
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(jakarta.persistence.Entity.class)
        .orShould()
        .dependOnClassesThat(ENTITY_VALUE_OUTSIDE_SHARED)
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Repository")
        .check(PRODUCTION);
  }

  @Test
  void domainDependsOnNeitherApplicationNorWeb() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..web..", "..application..")
        .check(PRODUCTION);
  }

  @Test
  void applicationDoesNotDependOnWeb() {
    noClasses()
        .that()
        .resideInAPackage("..application..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..web..")
        .check(PRODUCTION);
  }

  @Test
  void webTalksOnlyToItsOwnFeatureAndShared() {
    classes()
        .that()
        .resideInAPackage(BASE + ".(*).web..")
        .should(onlyDependOnOwnFeatureOrShared())
        .check(PRODUCTION);
  }

  @Test
  void featuresDoNotFormCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(PRODUCTION);
  }

  @Test
  void sharedDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".shared..")
        .should(dependOnAFeature())
        .check(PRODUCTION);
  }

  @Test
  void onlyApplicationServicesAreTransactionBoundaries() {
    classes()
        .that()
        .areAnnotatedWith(Stateless.class)
        .or()
        .areAnnotatedWith(Stateful.class)
        .or()
        .areAnnotatedWith(Singleton.class)
        .or()
        .areAnnotatedWith(Transactional.class)
        .should()
        .resideInAPackage("..application..")
        .check(PRODUCTION);
  }

  /**
   * Every application service declares who may call it, so no page, Ajax request or future API
   * reaches a service unchecked. The exceptions work before anyone is signed in: checking a
   * password, writing security events, creating the first administrator, and serving a calendar
   * feed to a calendar client, whose secret token is its credential (checked by the service).
   */
  @Test
  void everyApplicationServiceDeclaresWhoMayCallIt() {
    classes()
        .that()
        .resideInAPackage("..application..")
        .and()
        .areAnnotatedWith(Stateless.class)
        .and()
        .doNotHaveSimpleName("SignInService")
        .and()
        .doNotHaveSimpleName("SecurityEventService")
        .and()
        .doNotHaveSimpleName("CalendarFeeds")
        .should()
        .beAnnotatedWith(Allowed.class)
        .because("access control lives in the application services (issue #4)")
        .check(PRODUCTION);
  }

  @Test
  void domainCodeTakesTimeFromAnInjectedClock() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .check(PRODUCTION);
  }

  private static final Pattern FEATURE = Pattern.compile("^" + Pattern.quote(BASE) + "\\.(\\w+)");

  private static String feature(JavaClass javaClass) {
    Matcher m = FEATURE.matcher(javaClass.getPackageName());
    return m.find() ? m.group(1) : null;
  }

  private static ArchCondition<JavaClass> onlyDependOnOwnFeatureOrShared() {
    return new ArchCondition<>("depend only on their own feature, shared and libraries") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String own = feature(item);
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String other = feature(dependency.getTargetClass());
          if (other != null && !other.equals(own) && !other.equals("shared")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> dependOnAFeature() {
    return new ArchCondition<>("depend on a feature") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String other = feature(dependency.getTargetClass());
          if (other != null && !other.equals("shared")) {
            events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
