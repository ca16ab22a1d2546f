package org.allianceexplorer.importer;

import org.allianceexplorer.testing.InUrdu;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The same pictures of File > Import… with the window in Urdu, right to left, named {@code urdu-wizard-…}: {@code mvn
 * -Pscreenshots test -Dtest=UrduWizardScreenshots#colleaguesDataset -Dscreenshots=DIR} (or every walk of the wizard).
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+", disabledReason = "writes files: run on demand")
@InUrdu
class UrduWizardScreenshots extends WizardScreenshots {

    @Override
    String prefix() {
        return "urdu-wizard-";
    }
}
