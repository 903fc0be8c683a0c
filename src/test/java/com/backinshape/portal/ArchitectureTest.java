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
import org.springframework.data.repository.Repository;

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
                return c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(Layout.class)
                        || (c.isAssignableTo(HasErrorParameter.class) && c.isAssignableTo(Component.class)
                        && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                        || c.getSimpleName().endsWith("View") && c.isAssignableTo(Component.class)
                        && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT);
            }
        };
        classes().that(views).should(new ArchCondition<>("carry exactly one access annotation") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                long count = ACCESS.stream().filter(c::isAnnotatedWith).count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " has " + count + " access annotations"));
                }
            }
        }).check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }
}
