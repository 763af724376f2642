package dev.kiln.samples.shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Kiln's runtime and everything generated for the shop (routers, clients, codecs, Dagger component,
 * application) must work without reflection, classpath scanning or dynamic proxies.
 */
class NoReflectionTest {
    private static final Set<String> REFLECTIVE_CLASS_METHODS = Set.of(
            "forName", "newInstance", "getDeclaredMethods", "getDeclaredMethod", "getMethods", "getMethod",
            "getDeclaredFields", "getDeclaredField", "getFields", "getField", "getDeclaredConstructors",
            "getDeclaredConstructor", "getConstructors", "getConstructor", "getRecordComponents",
            "getEnumConstants");

    private static final ArchRule NO_REFLECTION = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
            .orShould().accessTargetWhere(reflectiveClassCall())
            .because("Kiln runs without reflection, classpath scanning or dynamic proxies");

    private static DescribedPredicate<JavaAccess<?>> reflectiveClassCall() {
        return DescribedPredicate.describe("a reflective method of java.lang.Class",
                access -> access.getTargetOwner().isEquivalentTo(Class.class)
                        && REFLECTIVE_CLASS_METHODS.contains(access.getName()));
    }

    @Test
    void runtimeAndGeneratedCodeUseNoReflection() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kiln.runtime", "dev.kiln.samples");
        assertTrue(classes.contain("dev.kiln.samples.shop.api.OrderApiRouter"), "generated router imported");
        assertTrue(classes.contain("dev.kiln.samples.orders.DaggerKilnOrdersAppComponent"),
                "Dagger component imported");
        assertTrue(classes.contain("dev.kiln.runtime.boot.KilnBoot"), "runtime imported");
        assertTrue(classes.contain("dev.kiln.samples.catalog.ProductStoreIntercepted"), "generated subclass imported");
        assertTrue(classes.contain("dev.kiln.samples.catalog.KilnCatalogAppLauncher"), "generated launcher imported");
        assertTrue(classes.contain("dev.kiln.runtime.cache.redis.RedisCacheStore"), "Redis cache store imported");
        NO_REFLECTION.check(classes);
    }

    @Test
    void theRuleCatchesReflection() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReflectiveFixture.class);
        EvaluationResult result = NO_REFLECTION.evaluate(offender);
        assertTrue(result.hasViolation(), "a reflective class must be reported");
        assertFalse(result.getFailureReport().getDetails().isEmpty());
    }

    /** Deliberately reflective, so that the rule is shown to bite. */
    static final class ReflectiveFixture {
        Object make(String name) throws Exception {
            return Class.forName(name).getDeclaredConstructor().newInstance();
        }
    }
}
