package org.allianceexplorer.detail;

import java.time.LocalDate;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.domain.RecordDetail;
import org.allianceexplorer.domain.RecordDetail.AllianceDetail;
import org.allianceexplorer.domain.RecordDetail.ClaimDetail;
import org.allianceexplorer.domain.RecordDetail.DealDetail;
import org.allianceexplorer.domain.RecordDetail.ElectionDetail;
import org.allianceexplorer.domain.RecordDetail.EventDetail;
import org.allianceexplorer.domain.RecordDetail.MembershipDetail;
import org.allianceexplorer.domain.RecordDetail.PartyDetail;
import org.allianceexplorer.domain.RecordDetail.PersonDetail;
import org.allianceexplorer.domain.RecordDetail.RelationDetail;
import org.allianceexplorer.domain.RecordDetail.ResultDetail;
import org.allianceexplorer.domain.RecordDetail.SeatDetail;
import org.allianceexplorer.domain.RecordDetail.SourceDetail;
import org.allianceexplorer.domain.RecordKind;

/**
 * Turns a record's detail into the page the pane shows: what to say, in what order, what links where. The
 * pages of each group of kinds are made by {@link ActorPages}, {@link DealPages}, {@link ElectionPages} and
 * {@link SourcePages}, from the lines of {@link DetailLines}, put together by a {@link PageBuilder}.
 */
final class DetailPages {

    private static final I18n.Messages T = I18n.of(DetailPages.class);

    private DetailPages() {}

    static DetailPage page(RecordDetail d, LocalDate asOf) {
        return kindPage(d, asOf).asOf(asOf);
    }

    private static DetailPage kindPage(RecordDetail d, LocalDate asOf) {
        if (d instanceof PartyDetail p) {
            return ActorPages.party(p, asOf);
        } else if (d instanceof SeatDetail s) {
            return ElectionPages.seat(s);
        } else if (d instanceof DealDetail x) {
            return DealPages.deal(x, asOf);
        } else if (d instanceof AllianceDetail a) {
            return ActorPages.alliance(a, asOf);
        } else if (d instanceof PersonDetail p) {
            return ActorPages.person(p, asOf);
        } else if (d instanceof EventDetail e) {
            return SourcePages.event(e);
        } else if (d instanceof SourceDetail s) {
            return SourcePages.source(s);
        } else if (d instanceof ElectionDetail e) {
            return ElectionPages.election(e);
        } else if (d instanceof ResultDetail r) {
            return ElectionPages.result(r);
        } else if (d instanceof ClaimDetail c) {
            return DealPages.claim(c, asOf);
        } else if (d instanceof MembershipDetail m) {
            return ActorPages.membership(m, asOf);
        } else if (d instanceof RelationDetail r) {
            return ActorPages.relation(r, asOf);
        }
        throw new IllegalArgumentException("no page for " + d.getClass().getSimpleName());
    }

    /** The badge of a kind: "Party", "Seat deal". */
    static String badge(RecordKind kind) {
        return switch (kind) {
            case PARTIES -> T.t("badge.party");
            case PEOPLE -> T.t("badge.person");
            case ELECTIONS -> T.t("badge.election");
            case CONSTITUENCIES -> T.t("badge.seat");
            case RESULTS -> T.t("badge.result");
            case ALLIANCES -> T.t("badge.alliance");
            case MEMBERSHIPS -> T.t("badge.membership");
            case DEALS -> T.t("badge.deal");
            case CLAIMS -> T.t("badge.claim");
            case EVENTS -> T.t("badge.event");
            case RELATIONS -> T.t("badge.relation");
            case SOURCES -> T.t("badge.source");
        };
    }

    /**
     * A web address short enough for a line of the pane: without its scheme and {@code www.}, cut in the
     * middle with an ellipsis beyond {@code max} characters, so the site and the end of the path both show.
     */
    static String shortUrl(String url, int max) {
        String u = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("^www\\.", "");
        if (u.length() <= max) {
            return u;
        }
        int head = (max - 1) * 3 / 5;
        int tail = max - 1 - head;
        return u.substring(0, head) + "\u2026" + u.substring(u.length() - tail);
    }
}
