package org.allianceexplorer.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allianceexplorer.app.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wizard's pages, input kinds, label actions and column roles are named by the importer bundle (their English
 * words in the code are the fall-back): each has its Urdu, and the English ones are the words the code has.
 */
class WizardWordsTest {

    @AfterEach
    void english() {
        I18n.use("en");
    }

    private static List<String> words() {
        List<String> out = new ArrayList<>();
        for (ImportWizardViewModel.Step s : ImportWizardViewModel.Step.values()) {
            out.add(s.title());
        }
        for (ImportWizardViewModel.Kind k : ImportWizardViewModel.Kind.values()) {
            out.add(k.toString());
        }
        for (LabelChoice.Action a : LabelChoice.Action.values()) {
            out.add(a.toString());
        }
        for (Role r : Role.values()) {
            out.add(r.toString());
        }
        return out;
    }

    @Test
    void everyWordHasItsUrdu() {
        I18n.use("en");
        List<String> english = words();
        assertThat(english).contains("Choose", "Party labels", "a results table", "Alias of a party", "Block: votes");
        I18n.use("ur");
        List<String> urdu = words();
        for (int i = 0; i < english.size(); i++) {
            assertThat(urdu.get(i)).as(english.get(i)).isNotEqualTo(english.get(i));
        }
    }
}
