package org.allianceexplorer.charts.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.allianceexplorer.charts.model.ResultsModel.AllianceSeats;
import org.allianceexplorer.data.ChartRepository.SeatCount;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.Repositories;
import org.allianceexplorer.data.load.BundledDataset;
import org.junit.jupiter.api.Test;

/**
 * A party that stood for two coalitions (PPBM for PN in the peninsula and for GRS in Sabah, GE15) has each seat
 * counted for the coalition its result names, not for both: the coalitions' seats agree with the file
 * (MALAYSIA_2022_PARLIAMENT_RESULTS.csv, WINNING PARTY: PH 81, PN 74, BN 30, GPS 23, GRS 6).
 */
class CoalitionSeatsTest {

    @Test
    void eachSeatCountsForTheCoalitionItsResultNames() {
        try (Database db = BundledDataset.open(BundledDataset.MALAYSIA_GE15)) {
            Repositories r = Repositories.of(db);
            ResultsModel m = ResultsModel.load(r, r.charts(), ChartRequest.latest());
            Map<String, Integer> seats = new LinkedHashMap<>();
            for (AllianceSeats a : m.alliances()) {
                seats.put(
                        a.alliance().abbreviation(),
                        a.members().stream().mapToInt(SeatCount::seats).sum());
            }
            assertThat(seats)
                    .containsEntry("PH", 81)
                    .containsEntry("PN", 74)
                    .containsEntry("BN", 30)
                    .containsEntry("GPS", 23)
                    .containsEntry("GRS", 6);
        }
    }
}
