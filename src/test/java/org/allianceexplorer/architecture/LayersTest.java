package org.allianceexplorer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/** Keeps the layers apart: no JavaFX in domain and data, no SQL outside data, pure domain. */
@AnalyzeClasses(packages = "org.allianceexplorer", importOptions = LayersTest.MainClassesOnly.class)
class LayersTest {

    /** Main classes only, whatever the build directory is called (-Dae.build.dir). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule domainIsPure = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.sql..",
                    "org.allianceexplorer.data..",
                    "org.allianceexplorer.app..",
                    "org.allianceexplorer.cli..");

    @ArchTest
    static final ArchRule dataHasNoJavaFx = noClasses()
            .that()
            .resideInAnyPackage("..data..", "..io..", "..cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule sqlOnlyInData = noClasses()
            .that()
            .resideOutsideOfPackage("..data..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.sqlite..");

    /** The graph's model (data, layout, the figure that screen and files paint) runs headless: no JavaFX. */
    @ArchTest
    static final ArchRule graphModelHasNoJavaFx = noClasses()
            .that()
            .resideInAPackage("..graph.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.allianceexplorer.graph");

    /** The charts' models and figures run headless: no JavaFX, and nothing of the screen around them. */
    @ArchTest
    static final ArchRule chartsModelHasNoJavaFx = noClasses()
            .that()
            .resideInAPackage("..charts.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.allianceexplorer.charts");

    @ArchTest
    static final ArchRule viewModelsHaveNoScene = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..");

    /** The timeline's pure model (lanes, items, axis, label placement) stays free of JavaFX. */
    @ArchTest
    static final ArchRule timelineModelHasNoJavaFx = noClasses()
            .that()
            .resideInAPackage("org.allianceexplorer.timeline.model..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx..");

    /** The screens and controls, one package each (with their model subpackages). */
    static final String[] FEATURES = {
        "parties",
        "people",
        "alliances",
        "deals",
        "elections",
        "events",
        "sources",
        "detail",
        "search",
        "timeline",
        "graph",
        "charts",
        "importer",
        "editing",
        "history",
        "help",
        "preferences"
    };

    /** Features meet in AppState, never in each other: no feature package uses another. */
    @ArchTest
    static void featuresDoNotUseEachOther(JavaClasses classes) {
        for (String f : FEATURES) {
            String[] others = Arrays.stream(FEATURES)
                    .filter(o -> !o.equals(f))
                    .map(o -> "org.allianceexplorer." + o + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("org.allianceexplorer." + f + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .check(classes);
        }
    }

    /** Repositories are the only door to the database: the SQL classes (Sql*) are made and used in data alone. */
    @ArchTest
    static final ArchRule sqlClassesStayInData = noClasses()
            .that()
            .resideOutsideOfPackage("org.allianceexplorer.data..")
            .should()
            .dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "org.allianceexplorer.data..")
                    .and(com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                            ".*\\.Sql[A-Z][A-Za-z]*")));
}
