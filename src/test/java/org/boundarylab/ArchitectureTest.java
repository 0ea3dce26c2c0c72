package org.boundarylab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The package boundaries the compiler cannot keep by itself. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.boundarylab");

    @Test
    void views_never_touch_repositories_or_the_rule_engine() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..", "org.boundarylab.judgment.rules..")
                .check(CLASSES);
    }

    @Test
    void only_the_rules_package_imports_drools() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.boundarylab.judgment.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void the_judgment_api_never_depends_on_its_engine() {
        noClasses()
                .that()
                .resideInAPackage("org.boundarylab.judgment")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.boundarylab.judgment.rules..")
                .check(CLASSES);
    }

    @Test
    void features_have_no_dependency_cycles() {
        slices().matching("org.boundarylab.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
