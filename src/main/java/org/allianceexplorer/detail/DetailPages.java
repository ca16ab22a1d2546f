package org.allianceexplorer.detail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allianceexplorer.detail.DetailPage.Field;
import org.allianceexplorer.detail.DetailPage.Line;
import org.allianceexplorer.detail.DetailPage.Section;
import org.allianceexplorer.detail.DetailPage.Span;
import org.allianceexplorer.detail.DetailPage.Style;
import org.allianceexplorer.domain.ClaimLine;
import org.allianceexplorer.domain.ClaimStatus;
import org.allianceexplorer.domain.DealBalance;
import org.allianceexplorer.domain.DealLine;
import org.allianceexplorer.domain.Event;
import org.allianceexplorer.domain.Outcome;
import org.allianceexplorer.domain.PartialDate;
import org.allianceexplorer.domain.Period;
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
import org.allianceexplorer.domain.RecordRef;
import org.allianceexplorer.domain.ResultLine;
import org.allianceexplorer.domain.SourceList;
import org.allianceexplorer.domain.Tie;

/** Turns a record's detail into the page the pane shows: what to say, in what order, what links where. */
final class DetailPages {

    /** Partners shown in a party's deal balance; the rest are counted. */
    static final int PARTNERS = 40;

    private DetailPages() {}

    static DetailPage page(RecordDetail d, LocalDate asOf) {
        return kindPage(d, asOf).asOf(asOf);
    }

    private static DetailPage kindPage(RecordDetail d, LocalDate asOf) {
        if (d instanceof PartyDetail p) {
            return party(p, asOf);
        } else if (d instanceof SeatDetail s) {
            return seat(s, asOf);
        } else if (d instanceof DealDetail x) {
            return deal(x, asOf);
        } else if (d instanceof AllianceDetail a) {
            return alliance(a, asOf);
        } else if (d instanceof PersonDetail p) {
            return person(p, asOf);
        } else if (d instanceof EventDetail e) {
            return event(e);
        } else if (d instanceof SourceDetail s) {
            return source(s);
        } else if (d instanceof ElectionDetail e) {
            return election(e);
        } else if (d instanceof ResultDetail r) {
            return result(r);
        } else if (d instanceof ClaimDetail c) {
            return claim(c, asOf);
        } else if (d instanceof MembershipDetail m) {
            return membership(m, asOf);
        } else if (d instanceof RelationDetail r) {
            return relation(r, asOf);
        }
        throw new IllegalArgumentException("no page for " + d.getClass().getSimpleName());
    }

    /** The badge of a kind: "Party", "Seat deal". */
    static String badge(RecordKind kind) {
        return switch (kind) {
            case PARTIES -> "Party";
            case PEOPLE -> "Person";
            case ELECTIONS -> "Election";
            case CONSTITUENCIES -> "Seat";
            case RESULTS -> "Result";
            case ALLIANCES -> "Alliance";
            case MEMBERSHIPS -> "Membership";
            case DEALS -> "Seat deal";
            case CLAIMS -> "Claim";
            case EVENTS -> "Event";
            case RELATIONS -> "Relation";
            case SOURCES -> "Source";
        };
    }

    // --- kinds -------------------------------------------------------------------------------------

    private static DetailPage party(PartyDetail d, LocalDate asOf) {
        var p = d.party();
        List<Field> fields = new ArrayList<>();
        field(fields, "Founded", date(p.founded()));
        field(fields, "Dissolved", date(p.dissolved()));
        field(fields, "Party Facts", p.partyFactsId() == null ? null : "#" + p.partyFactsId());
        field(fields, "Country", p.country());

        List<Section> sections = new ArrayList<>();
        List<Line> balance = new ArrayList<>();
        for (DealBalance b :
                d.balances().subList(0, Math.min(PARTNERS, d.balances().size()))) {
            long net = b.net();
            // the party of the page is the subject: "with MQM-P: ANP gave 6 · received 1", never "MQM-P gave 6"
            balance.add(line(
                    Span.of("with ", Style.MUTED),
                    Span.link(b.partner()),
                    Span.of(
                            ": " + p.abbreviation()
                                    + " gave " + b.givenInForce() + " \u00b7 received " + b.receivedInForce()
                                    + (net == 0 ? "" : " (net " + (net > 0 ? "+" : "") + net + ")"),
                            Style.MUTED)));
            if (!b.given().isEmpty()) {
                balance.add(sub(seats(
                        p.abbreviation() + " gave " + b.partner().label() + " " + b.givenInForce() + " \u2014 ",
                        b.given())));
            }
            if (!b.received().isEmpty()) {
                balance.add(sub(seats(
                        p.abbreviation() + " received from " + b.partner().label() + " " + b.receivedInForce()
                                + " \u2014 ",
                        b.received())));
            }
        }
        sections.add(new Section(
                "balance",
                "Seat deals by partner",
                balance,
                Math.max(0, d.balances().size() - PARTNERS)));
        sections.add(new Section(
                "deals",
                "Seat deals (" + d.deals().size() + ")",
                d.deals().stream().map(x -> dealLine(x, true)).toList(),
                0));
        sections.add(new Section(
                "memberships",
                "Alliances and memberships",
                d.memberships().stream().map(t -> tie(t, asOf)).toList(),
                0));
        sections.add(new Section(
                "relations",
                "Relations and lineage",
                d.relations().stream().map(t -> relationLine(t, asOf)).toList(),
                0));
        sections.add(new Section(
                "events",
                "Events",
                d.events().stream().map(DetailPages::eventLine).toList(),
                0));
        sections.add(new Section(
                "people", "People", d.people().stream().map(t -> tie(t, asOf)).toList(), 0));
        return new DetailPage(
                d.ref(),
                "Party",
                p.abbreviation(),
                p.name(),
                p.nativeName(),
                p.colour(),
                fields,
                sections,
                d.sources());
    }

    private static DetailPage seat(SeatDetail d, LocalDate asOf) {
        var c = d.seat();
        List<Field> fields = new ArrayList<>();
        field(fields, "Assembly", c.assembly() + (d.assemblyName() == null ? "" : " \u2014 " + d.assemblyName()));
        field(fields, "Province", c.province());
        field(fields, "District", c.district());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                "deals",
                "Seat deals here (" + d.deals().size() + ")",
                d.deals().stream().map(x -> dealLine(x, false)).toList(),
                0));
        for (Map.Entry<String, List<ResultLine>> e : d.resultsByElection().entrySet()) {
            List<Line> lines = new ArrayList<>();
            Long margin = SeatDetail.margin(e.getValue());
            if (margin != null) {
                lines.add(line(Span.of("Winner's margin: ", Style.MUTED), Span.of(votes(margin), Style.STRONG)));
            }
            for (ResultLine r : e.getValue()) {
                lines.add(resultLine(r, false));
            }
            sections.add(new Section(
                    "results", "Results, " + e.getKey() + " (" + e.getValue().size() + " candidates)", lines, 0));
        }
        if (d.results().isEmpty()) {
            sections.add(new Section("results", "Results", List.of(), 0));
        }
        String subtitle = c.name() == null ? c.assembly() : c.name();
        return new DetailPage(d.ref(), "Seat", c.code(), subtitle, null, null, fields, sections, d.sources());
    }

    private static DetailPage deal(DealDetail d, LocalDate asOf) {
        DealLine x = d.deal();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Giver", List.of(Span.link(x.giver()), Span.of(" stands down", Style.MUTED))));
        fields.add(new Field("Receiver", List.of(Span.link(x.receiver()))));
        field(fields, "Candidate", x.candidate());
        fields.add(new Field("Seat", List.of(Span.link(x.seat()), Span.of(" (" + x.assembly() + ")", Style.MUTED))));
        fields.add(new Field("Election", List.of(Span.link(x.election()))));
        fields.add(new Field(
                asOf == null ? "Status" : "Status as of " + PartialDate.of(asOf).display(), status(x)));
        fields.add(new Field("Outcome", x.outcome() == null ? noOutcome(x, asOf) : outcome(x)));
        if (x.outcome() != null) {
            fields.add(new Field("Giver's votes", giverVotes(x)));
        }
        if (d.alliance() != null) {
            fields.add(new Field("Alliance", List.of(Span.link(d.alliance()))));
        }
        List<Section> sections = new ArrayList<>();
        // a note is written with hindsight: as of a day before anyone reported the deal, it would tell the future
        if (d.note() != null && !d.note().isBlank() && (asOf == null || x.status() != null)) {
            sections.add(new Section("note", "Note", List.of(new Line(List.of(Span.of(d.note())), null, false)), 0));
        }
        List<Line> claims = new ArrayList<>();
        for (ClaimLine c : d.claims()) {
            boolean later = asOf != null && c.date().earliest().isAfter(asOf);
            List<Span> spans = new ArrayList<>();
            spans.add(Span.of(c.date().display() + "  ", Style.MUTED));
            spans.add(statusSpan(c.status(), later));
            spans.add(Span.of("  "));
            spans.add(Span.link(
                    c.source().outlet(),
                    new RecordRef(
                            RecordKind.SOURCES,
                            c.source().id(),
                            c.source().outlet() + ": " + c.source().title())));
            if (later) {
                spans.add(Span.of("  (after the as-of date)", Style.MUTED));
            }
            claims.add(new Line(spans, c.note(), false));
            List<Span> quote = new ArrayList<>();
            if (c.source().snippet() != null && !c.source().snippet().isBlank()) {
                quote.add(Span.of("\u201c" + c.source().snippet() + "\u201d ", Style.MUTED));
            }
            if (c.source().url() != null && !c.source().url().isBlank()) {
                quote.add(Span.url(c.source().url()));
            }
            if (!quote.isEmpty()) {
                claims.add(new Line(quote, null, true));
            }
        }
        sections.add(new Section("claims", "Claim history (" + d.claims().size() + ")", claims, 0));
        String subtitle = (x.candidate() == null ? "" : x.candidate() + " \u00b7 ")
                + x.election().label();
        return new DetailPage(d.ref(), "Seat deal", x.summary(), subtitle, null, null, fields, sections, d.sources());
    }

    private static DetailPage alliance(AllianceDetail d, LocalDate asOf) {
        var a = d.alliance();
        List<Field> fields = new ArrayList<>();
        field(fields, "Kind", a.kind().label());
        field(fields, "Level", a.level().label());
        field(fields, "Region", a.region());
        field(fields, "Dates", period(a.period()));
        List<Section> sections = new ArrayList<>();
        if (a.description() != null && !a.description().isBlank()) {
            sections.add(new Section(
                    "description", "About", List.of(new Line(List.of(Span.of(a.description())), null, false)), 0));
        }
        sections.add(new Section(
                "members",
                "Members over time (" + d.members().size() + ")",
                d.members().stream().map(t -> tie(t, asOf)).toList(),
                0));
        sections.add(new Section(
                "deals",
                "Seat deals under it (" + d.deals().size() + ")",
                d.deals().stream().map(x -> dealLine(x, true)).toList(),
                0));
        return new DetailPage(
                d.ref(),
                "Alliance",
                a.shortName(),
                a.shortName().equals(a.name()) ? null : a.name(),
                null,
                null,
                fields,
                sections,
                d.sources());
    }

    private static DetailPage person(PersonDetail d, LocalDate asOf) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                "affiliations",
                "Affiliations and roles",
                d.affiliations().stream().map(t -> tie(t, asOf)).toList(),
                0));
        sections.add(new Section(
                "deals",
                "Seat deals for them",
                d.deals().stream().map(x -> dealLine(x, true)).toList(),
                0));
        sections.add(new Section(
                "candidacies",
                "Candidacies",
                d.candidacies().stream().map(r -> resultLine(r, true)).toList(),
                0));
        sections.add(new Section(
                "events",
                "Events",
                d.events().stream().map(DetailPages::eventLine).toList(),
                0));
        String parties = String.join(
                ", ",
                d.affiliations().stream()
                        .map(t -> t.target().label())
                        .distinct()
                        .toList());
        return new DetailPage(
                d.ref(),
                "Person",
                d.person().name(),
                parties.isEmpty() ? null : parties,
                d.person().nativeName(),
                null,
                List.of(),
                sections,
                d.sources());
    }

    private static DetailPage event(EventDetail d) {
        Event e = d.event();
        List<Field> fields = new ArrayList<>();
        field(fields, "Date", e.date().display());
        field(fields, "Place", e.place());
        List<Section> sections = new ArrayList<>();
        if (e.description() != null && !e.description().isBlank()) {
            sections.add(new Section(
                    "description",
                    "What happened",
                    List.of(new Line(List.of(Span.of(e.description())), null, false)),
                    0));
        }
        sections.add(
                new Section("parties", "Parties", d.parties().isEmpty() ? List.of() : List.of(links(d.parties())), 0));
        sections.add(new Section(
                "people",
                "People",
                d.people().stream().map(r -> line(Span.link(r))).toList(),
                0));
        return new DetailPage(
                d.ref(),
                "Event",
                e.title(),
                e.date().display() + (e.place() == null ? "" : " \u00b7 " + e.place()),
                null,
                null,
                fields,
                sections,
                d.sources());
    }

    private static DetailPage source(SourceDetail d) {
        var s = d.source();
        List<Field> fields = new ArrayList<>();
        field(fields, "Outlet", s.outlet());
        field(fields, "Published", date(s.published()));
        field(fields, "Retrieved", date(s.retrieved()));
        if (s.url() != null && !s.url().isBlank()) {
            fields.add(new Field("Address", List.of(Span.url(s.url()))));
        }
        List<Section> sections = new ArrayList<>();
        if (s.snippet() != null && !s.snippet().isBlank()) {
            sections.add(new Section(
                    "snippet",
                    "What it says",
                    List.of(new Line(List.of(Span.of("\u201c" + s.snippet() + "\u201d")), null, false)),
                    0));
        }
        List<Line> cited = new ArrayList<>();
        d.citedByKind()
                .forEach((kind, refs) ->
                        refs.forEach(r -> cited.add(line(Span.of(badge(kind) + "  ", Style.MUTED), Span.link(r)))));
        sections.add(new Section(
                "cited-by",
                "Cited by (" + d.citedByTotal() + ")",
                cited,
                Math.max(0, d.citedByTotal() - d.citedBy().size())));
        return new DetailPage(
                d.ref(),
                "Source",
                s.title(),
                s.outlet()
                        + (s.published() == null
                                ? ""
                                : " \u00b7 " + s.published().display()),
                null,
                null,
                fields,
                sections,
                SourceList.NONE);
    }

    private static DetailPage election(ElectionDetail d) {
        var e = d.election();
        List<Field> fields = new ArrayList<>();
        field(fields, "Polling day", date(e.pollingDay()));
        field(fields, "Country", e.country());
        field(fields, "Seats with results", number(d.seats()));
        field(fields, "Candidacies", number(d.candidacies()));
        field(fields, "Seat deals", number(d.deals()));
        List<Section> sections = new ArrayList<>();
        if (d.seats() == 0) {
            // say why the results are empty, then show what is known
            sections.add(new Section(
                    "no-results",
                    "Results",
                    List.of(new Line(
                            List.of(Span.of(
                                    "No results are recorded for this election in this database.", Style.MUTED)),
                            null,
                            false)),
                    0));
        }
        sections.add(new Section(
                "alliances",
                "Alliances in force on polling day (" + d.alliances().size() + ")",
                d.alliances().stream()
                        .map(t -> {
                            List<Span> spans = new ArrayList<>();
                            spans.add(Span.link(t.target()));
                            spans.add(Span.of("  " + t.role(), Style.MUTED));
                            String when = period(t.period());
                            if (when != null) {
                                spans.add(Span.of("  " + when, Style.MUTED));
                            }
                            return new Line(
                                    spans, t.note() == null ? null : "Members on polling day: " + t.note(), false);
                        })
                        .toList(),
                0));
        sections.add(new Section(
                "events",
                "Events of the campaign and after (" + d.events().size() + ")",
                d.events().stream().map(DetailPages::eventLine).toList(),
                0));
        return new DetailPage(
                d.ref(), "Election", e.name(), date(e.pollingDay()), null, null, fields, sections, d.sources());
    }

    private static DetailPage result(ResultDetail d) {
        ResultLine r = d.result();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(
                "Candidate", r.person() == null ? List.of(Span.of(r.candidate())) : List.of(Span.link(r.person()))));
        fields.add(new Field(
                "Party",
                r.party() == null
                        ? List.of(Span.of(r.partyLabel() == null ? "" : r.partyLabel()))
                        : List.of(Span.link(r.party()))));
        field(fields, "Votes", number(r.votes()));
        field(fields, "Rank", r.rank() + (r.elected() ? " (elected)" : ""));
        if (d.margin() != null) {
            field(
                    fields,
                    "Margin",
                    d.margin() >= 0 ? "won by " + votes(d.margin()) : votes(-d.margin()) + " behind the winner");
        }
        fields.add(new Field("Seat", List.of(Span.link(r.seat()))));
        fields.add(new Field("Election", List.of(Span.link(r.election()))));
        return new DetailPage(
                d.ref(),
                "Result",
                r.candidate(),
                r.seat().label() + " \u00b7 " + r.election().label(),
                null,
                null,
                fields,
                List.of(),
                d.sources());
    }

    private static DetailPage claim(ClaimDetail d, LocalDate asOf) {
        ClaimLine c = d.claim();
        List<Field> fields = new ArrayList<>();
        field(fields, "Date", c.date().display());
        fields.add(new Field("Status", List.of(statusSpan(c.status(), false))));
        fields.add(new Field("Deal", List.of(Span.link(d.deal().deal()))));
        fields.add(new Field(
                asOf == null
                        ? "Deal's status"
                        : "Deal's status as of " + PartialDate.of(asOf).display(),
                status(d.deal())));
        fields.add(new Field(
                "Reported by",
                List.of(Span.link(
                        c.source().outlet(),
                        new RecordRef(
                                RecordKind.SOURCES, c.source().id(), c.source().outlet())))));
        List<Section> sections = new ArrayList<>();
        if (c.note() != null && !c.note().isBlank()) {
            sections.add(new Section("note", "Note", List.of(new Line(List.of(Span.of(c.note())), null, false)), 0));
        }
        return new DetailPage(
                d.ref(),
                "Claim",
                d.deal().seat().label() + ": " + c.status().label(),
                d.deal().deal().label(),
                null,
                null,
                fields,
                sections,
                d.sources());
    }

    private static DetailPage membership(MembershipDetail d, LocalDate asOf) {
        Tie t = d.membership();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("Party", List.of(Span.link(d.party()))));
        fields.add(new Field("Alliance", List.of(Span.link(t.target()))));
        field(fields, "Role", t.role());
        field(fields, "Dates", period(t.period()));
        if (ended(t.period(), asOf)) {
            field(fields, "As of the date", "ended");
        }
        return new DetailPage(d.ref(), "Membership", d.ref().label(), null, null, null, fields, List.of(), d.sources());
    }

    private static DetailPage relation(RelationDetail d, LocalDate asOf) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(
                "Relation",
                List.of(Span.link(d.partyA()), Span.of(" " + d.kind().phrase() + " "), Span.link(d.partyB()))));
        field(
                fields,
                "Kind",
                d.kind().isLineage()
                        ? d.kind().label() + " (lineage)"
                        : d.kind().label());
        field(fields, "Dates", period(d.period()));
        if (ended(d.period(), asOf)) {
            field(fields, "As of the date", "ended");
        }
        List<Section> sections = new ArrayList<>();
        if (d.note() != null && !d.note().isBlank()) {
            sections.add(new Section("note", "Note", List.of(new Line(List.of(Span.of(d.note())), null, false)), 0));
        }
        return new DetailPage(
                d.ref(),
                "Relation",
                d.partyA().label() + " " + d.kind().phrase() + " " + d.partyB().label(),
                null,
                null,
                null,
                fields,
                sections,
                d.sources());
    }

    // --- lines ---------------------------------------------------------------------------------------

    /** A deal: seat (or not, on a seat's own page), giver → receiver, candidate, status, outcome. */
    static Line dealLine(DealLine x, boolean withSeat) {
        List<Span> spans = new ArrayList<>();
        if (withSeat) {
            spans.add(Span.link(x.seat()));
            spans.add(Span.of("  "));
        }
        spans.add(Span.link(x.giver().label() + " \u2192 " + x.receiver().label(), x.deal()));
        if (x.candidate() != null && !x.candidate().isBlank()) {
            spans.add(Span.of("  " + x.candidate(), Style.MUTED));
        }
        spans.add(Span.of("  "));
        spans.addAll(status(x));
        if (x.outcome() != null) {
            spans.add(Span.of("  "));
            spans.addAll(outcome(x));
        }
        return new Line(spans, null, false);
    }

    /** "gave ANP 1 — PS-88" with each seat a link to its deal; deals not in force are said to be so. */
    private static List<Span> seats(String head, List<DealLine> deals) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(head, Style.MUTED));
        boolean first = true;
        for (DealLine d : deals.stream().filter(DealLine::inForce).toList()) {
            if (!first) {
                spans.add(Span.of(", "));
            }
            spans.add(Span.link(d.seat().label(), d.deal()));
            first = false;
        }
        for (DealLine d : deals.stream().filter(x -> !x.inForce()).toList()) {
            if (!first) {
                spans.add(Span.of("; "));
            }
            spans.add(Span.link(d.seat().label(), d.deal()));
            spans.add(Span.of(
                    " (" + (d.status() == null ? "not reported" : d.status().label()) + ")", Style.BAD));
            first = false;
        }
        return spans;
    }

    private static List<Span> status(DealLine x) {
        if (x.status() == null) {
            return List.of(Span.of("not reported yet", Style.MUTED));
        }
        return List.of(
                statusSpan(x.status(), false), Span.of(" " + x.statusDate().display(), Style.MUTED));
    }

    private static Span statusSpan(ClaimStatus s, boolean later) {
        Style style = later
                ? Style.MUTED
                : switch (s) {
                    case CONFIRMED -> Style.GOOD;
                    case REPORTED -> Style.WARN;
                    case DENIED, SWITCHED, COLLAPSED -> Style.BAD;
                };
        return Span.of(s.label(), style);
    }

    private static List<Span> outcome(DealLine x) {
        Outcome o = x.outcome();
        if (o == null) {
            return List.of(Span.of("no result", Style.MUTED));
        }
        return List.of(
                Span.of(o.label(), o.won() ? Style.GOOD : Style.BAD),
                Span.of(
                        " with " + votes(o.receiverVotes())
                                + (o.won() ? ", by " + votes(o.margin()) : ", " + votes(-o.margin()) + " behind"),
                        Style.MUTED));
    }

    /** Why a deal has no outcome: not reported yet, not in force when the votes were cast, or no results. */
    private static List<Span> noOutcome(DealLine x, LocalDate asOf) {
        if (x.status() == null) {
            return List.of(Span.of("none: not reported by this date", Style.MUTED));
        }
        if (!x.inForce()) {
            return List.of(Span.of(
                    "none: the deal was " + x.status().label() + " on "
                            + x.statusDate().display() + ", so no vote was cast under it",
                    Style.MUTED));
        }
        return List.of(Span.of(
                asOf == null ? "no result recorded for the receiver's candidate" : "no result known by this date",
                Style.MUTED));
    }

    private static List<Span> giverVotes(DealLine x) {
        Outcome o = x.outcome();
        if (o.giverVotes() == null) {
            return List.of(Span.of(x.giver().label() + " had no candidate on the ballot", Style.MUTED));
        }
        return List.of(
                Span.of(x.giver().label() + "'s candidate still took " + votes(o.giverVotes()) + "; "),
                o.giverCouldDecide()
                        ? Span.of("could have decided the seat", Style.WARN)
                        : Span.of("could not have decided the seat", Style.MUTED));
    }

    private static Line resultLine(ResultLine r, boolean withSeat) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(r.rank() + ".  ", Style.MUTED));
        if (withSeat) {
            spans.add(Span.link(r.seat()));
            spans.add(Span.of("  "));
        }
        spans.add(r.person() == null ? Span.link(r.candidate(), r.result()) : Span.link(r.person()));
        spans.add(Span.of("  "));
        spans.add(
                r.party() != null
                        ? Span.link(r.party())
                        : Span.of(r.partyLabel() == null ? "" : r.partyLabel(), Style.MUTED));
        spans.add(Span.of("  " + votes(r.votes()), r.elected() ? Style.STRONG : Style.PLAIN));
        if (r.elected()) {
            spans.add(Span.of("  elected", Style.GOOD));
        }
        if (withSeat) {
            spans.add(Span.of("  " + r.election().label(), Style.MUTED));
        }
        return new Line(spans, null, false);
    }

    private static Line tie(Tie t, LocalDate asOf) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.link(t.target()));
        if (t.role() != null && !t.role().isBlank()) {
            spans.add(Span.of("  " + t.role()));
        }
        String when = period(t.period());
        spans.add(Span.of("  " + (when == null ? "dates unknown" : when), Style.MUTED));
        if (ended(t.period(), asOf)) {
            spans.add(Span.of("  ended", Style.BAD));
        }
        if (t.record() != null && t.record().kind() == RecordKind.MEMBERSHIPS) {
            spans.add(Span.of("  "));
            spans.add(Span.link("details", t.record()));
        }
        return new Line(spans, t.note(), false);
    }

    private static Line relationLine(Tie t, LocalDate asOf) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.link(t.role(), t.record()));
        spans.add(Span.of(" "));
        spans.add(Span.link(t.target()));
        String when = period(t.period());
        if (when != null) {
            spans.add(Span.of("  " + when, Style.MUTED));
        }
        if (ended(t.period(), asOf)) {
            spans.add(Span.of("  ended", Style.BAD));
        }
        return new Line(spans, t.note(), false);
    }

    private static Line eventLine(Event e) {
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(e.date().display() + "  ", Style.MUTED));
        spans.add(Span.link(new RecordRef(RecordKind.EVENTS, e.id(), e.title())));
        if (e.place() != null && !e.place().isBlank()) {
            spans.add(Span.of("  " + e.place(), Style.MUTED));
        }
        return new Line(spans, null, false);
    }

    private static Line links(List<RecordRef> refs) {
        List<Span> spans = new ArrayList<>();
        for (RecordRef r : refs) {
            if (!spans.isEmpty()) {
                spans.add(Span.of(", "));
            }
            spans.add(Span.link(r));
        }
        return new Line(spans, null, false);
    }

    // --- small helpers ---------------------------------------------------------------------------

    private static Line line(Span... spans) {
        return new Line(List.of(spans), null, false);
    }

    private static Line sub(List<Span> spans) {
        return new Line(spans, null, true);
    }

    private static void field(List<Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, List.of(Span.of(value))));
        }
    }

    /** True when the span had ended by the day (or, with no day, has an end). */
    static boolean ended(Period p, LocalDate asOf) {
        return p.to() != null && asOf != null && p.to().latest().isBefore(asOf);
    }

    static String period(Period p) {
        String s = p.display();
        return s.isEmpty() ? null : s;
    }

    static String date(PartialDate d) {
        return d == null ? null : d.display();
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
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

    static String votes(long n) {
        return number(n) + (n == 1 ? " vote" : " votes");
    }
}
