package org.allianceexplorer.elections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.imports.parlgov.ParlGovImport;
import org.allianceexplorer.domain.RecordFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An election imported from ParlGov has national results by party and none by seat: the elections list says so
 * instead of "no results stored".
 */
class PartyResultsChoiceTest {

    @Test
    void anElectionWithNationalPartyResultsSaysSo(@TempDir Path dir) throws Exception {
        Path folder = Path.of(PartyResultsChoiceTest.class
                        .getResource("/parlgov/party.csv")
                        .toURI())
                .getParent();
        Path db = dir.resolve("nzl.sqlite");
        ParlGovImport.toNewFile(folder, db, new ParlGovImport.Options(List.of("NZL"), null), s -> {});
        try (Database d = Database.openReadOnly(db)) {
            ElectionsViewModel.Loaded loaded =
                    ElectionsViewModel.load(Repositories.sqlite(d).elections(), RecordFilter.ALL);
            List<ElectionChoice> elections =
                    loaded.elections().subList(1, loaded.elections().size());
            assertThat(elections).isNotEmpty().allSatisfy(c -> {
                assertThat(c.seats()).isZero();
                assertThat(c.partyResults()).isPositive();
                assertThat(c.label()).contains("national results of").contains("parties, none by seat");
            });
        }
    }
}
