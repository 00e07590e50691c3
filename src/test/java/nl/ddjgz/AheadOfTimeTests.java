package nl.ddjgz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;

/**
 * The production start runs the context prepared at build time (Spring AOT, {@code -Dspring.aot.enabled=true}), which
 * fixes every bean condition with the build's settings. So no bean of this module may depend on a setting or a
 * profile through a condition: an operator's setting would then be silently ignored. Settings are read at start-up
 * instead (e.g. {@code ddjgz.registry.dispatcher.enabled} by {@code Dispatcher.isAutoStartup}, the {@code framework}
 * forward-headers strategy by {@code ForwardedHeadersConfiguration}).
 */
class AheadOfTimeTests {

    private static final List<Class<? extends Annotation>> CONDITIONS = List.of(
            ConditionalOnProperty.class,
            ConditionalOnBooleanProperty.class,
            ConditionalOnExpression.class,
            Profile.class,
            Conditional.class);

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.ddjgz");

    @Test
    void noProductionBeanDependsOnASettingOrProfileThroughACondition() {
        for (Class<? extends Annotation> condition : CONDITIONS) {
            noClasses()
                    .should()
                    .beMetaAnnotatedWith(condition)
                    .because("Spring AOT fixes conditions at build time; read the setting at start-up instead")
                    .check(PRODUCTION);
            noMethods()
                    .should()
                    .beMetaAnnotatedWith(condition)
                    .because("Spring AOT fixes conditions at build time; read the setting at start-up instead")
                    .check(PRODUCTION);
        }
    }
}
