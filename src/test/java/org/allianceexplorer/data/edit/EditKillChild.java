package org.allianceexplorer.data.edit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.allianceexplorer.data.Database;
import org.allianceexplorer.data.EditRejected;
import org.allianceexplorer.data.EditRepository;
import org.allianceexplorer.data.Editing;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.edit.Cite;
import org.allianceexplorer.domain.edit.Edit;
import org.allianceexplorer.domain.edit.EditKind;
import org.allianceexplorer.domain.edit.NewClaim;

/**
 * The writer the edit kill harness kills: opens FILE for editing and makes random edits (add, change, delete
 * with dependents, new claims, undo) for ever, printing {@code ACK <edit id>} after each commit.
 * Arguments: FILE SEED.
 */
public final class EditKillChild {

    private EditKillChild() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = System.out;
        try (Editing editing = Editing.of(Database.openForEditing(file))) {
            EditRepository edits = editing.edits();
            Database db = editing.database();
            List<Long> mine = new ArrayList<>();
            out.println("READY");
            out.flush();
            for (int i = 0; ; i++) {
                try {
                    Edit e = step(edits, db, random, mine, args[1] + "-" + i);
                    mine.add(e.id());
                    out.println("ACK " + e.id());
                    out.flush();
                } catch (EditRejected rejected) {
                    // a random edit the rules refuse: nothing was written; try another
                }
            }
        }
    }

    private static Edit step(EditRepository edits, Database db, Random r, List<Long> mine, String tag)
            throws SQLException {
        long src = pick(db, "SELECT id FROM source", r);
        Cite cite = Cite.source(src);
        switch (r.nextInt(7)) {
            case 0 -> {
                return edits.add(
                        EditKind.PARTY, Map.of("abbreviation", "K" + tag, "name", "Killed " + tag), cite, "kill");
            }
            case 1 -> {
                long p = pick(db, "SELECT id FROM party", r);
                return edits.change(EditKind.PARTY, p, Map.of("name", "Renamed " + tag), cite, "kill");
            }
            case 2 -> {
                long m = pick(db, "SELECT id FROM membership", r);
                return edits.change(EditKind.MEMBERSHIP, m, Map.of("role", "role " + tag), cite, "kill");
            }
            case 3 -> {
                long a = pick(db, "SELECT id FROM alliance", r);
                return edits.delete(EditKind.ALLIANCE, a, true, "kill");
            }
            case 4 -> {
                long d = pick(db, "SELECT id FROM seat_deal", r);
                long election = pick(db, "SELECT election_id FROM seat_deal WHERE id = " + d, r);
                long seat = pick(db, "SELECT constituency_id FROM seat_deal WHERE id = " + d, r);
                long giver = pick(db, "SELECT giver_id FROM seat_deal WHERE id = " + d, r);
                long receiver = pick(db, "SELECT receiver_id FROM seat_deal WHERE id = " + d, r);
                return edits.newClaim(
                        new NewClaim(
                                election,
                                seat,
                                giver,
                                receiver,
                                null,
                                ClaimStatus.values()[r.nextInt(ClaimStatus.values().length)],
                                PartialDate.parse("2024-01-01"),
                                "https://example.org/kill/" + tag,
                                "Kill Times",
                                "quoted " + tag),
                        "kill");
            }
            case 5 -> {
                if (!mine.isEmpty()) {
                    return edits.undo(mine.get(mine.size() - 1), "kill");
                }
                return edits.add(EditKind.SOURCE, Map.of("outlet", "Outlet " + tag, "title", "T " + tag), null, "kill");
            }
            default -> {
                long p = pick(db, "SELECT id FROM party", r);
                return edits.delete(EditKind.PARTY, p, true, "kill");
            }
        }
    }

    private static long pick(Database db, String sql, Random r) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.isEmpty()) {
            throw new EditRejected("nothing to pick");
        }
        return ids.get(r.nextInt(ids.size()));
    }
}
