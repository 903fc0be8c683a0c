package com.backinshape.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** Rules every view and feature keeps, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.backinshape.portal");

    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @Test
    void every_view_and_layout_has_exactly_one_access_annotation() {
        DescribedPredicate<JavaClass> views = new DescribedPredicate<>("views, layouts and error pages") {
            @Override
            public boolean test(JavaClass c) {
                return c.isAnnotatedWith(Route.class)
                        || c.isAnnotatedWith(Layout.class)
                        || (c.isAssignableTo(HasErrorParameter.class)
                                && c.isAssignableTo(Component.class)
                                && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                        || c.getSimpleName().endsWith("View")
                                && c.isAssignableTo(Component.class)
                                && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT);
            }
        };
        classes()
                .that(views)
                .should(new ArchCondition<>("carry exactly one access annotation") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        long count = ACCESS.stream().filter(c::isAnnotatedWith).count();
                        if (count != 1) {
                            events.add(SimpleConditionEvent.violated(
                                    c, c.getName() + " has " + count + " access annotations"));
                        }
                    }
                })
                .check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    private static final DescribedPredicate<JavaClass> SERVICES = new DescribedPredicate<>("services and components") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAnnotatedWith(Service.class)
                    || c.isAnnotatedWith(org.springframework.stereotype.Component.class);
        }
    };

    @Test
    void domain_depends_on_neither_views_nor_services() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .orShould()
                .dependOnClassesThat(SERVICES)
                .check(CLASSES);
    }

    @Test
    void services_never_depend_on_views() {
        noClasses()
                .that(SERVICES)
                .and()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void the_payment_gateway_never_depends_on_billings_services() {
        noClasses()
                .that()
                .resideInAPackage("com.backinshape.portal.billing.gateway..")
                .should()
                .dependOnClassesThat(SERVICES.and(new DescribedPredicate<>("outside the gateway") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !c.getPackageName().startsWith("com.backinshape.portal.billing.gateway");
                    }
                }))
                .check(CLASSES);
    }

    @Test
    void no_feature_depends_on_admin() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.backinshape.portal.admin..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.backinshape.portal.admin..")
                .check(CLASSES);
    }

    @Test
    void settings_are_read_through_configuration_properties_records_only() {
        classes()
                .that()
                .areNotAnnotatedWith(ConfigurationProperties.class)
                .should(new ArchCondition<>("not inject single settings with @Value") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getFields().stream()
                                .filter(f -> f.isAnnotatedWith(Value.class))
                                .forEach(f ->
                                        events.add(SimpleConditionEvent.violated(f, f.getFullName() + " uses @Value")));
                        c.getCodeUnits().forEach(m -> {
                            if (m.isAnnotatedWith(Value.class)
                                    || m.getParameters().stream().anyMatch(p -> p.isAnnotatedWith(Value.class))) {
                                events.add(
                                        SimpleConditionEvent.violated(
                                                m,
                                                m.getFullName()
                                                        + " uses @Value: read the setting from a @ConfigurationProperties record"));
                            }
                        });
                    }
                })
                .check(CLASSES);
    }
}
