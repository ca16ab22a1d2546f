package org.allianceexplorer.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.app.I18n;
import org.allianceexplorer.data.imports.results.AliasFile;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.data.imports.results.ResultsReport;
import org.allianceexplorer.domain.Party;

/**
 * The party labels no party or alias answers to (from the last check) and what the user makes of each: an alias,
 * a new party (starting on a suggested colour distinct from the database's parties' and the other new parties'),
 * no party, or nothing yet. A choice made stays while the user works on the others and checks again.
 */
public final class LabelResolution {

    private static final I18n.Messages T = I18n.of(LabelResolution.class);

    private final ObservableList<LabelChoice> labels = FXCollections.observableArrayList();
    private final Map<String, LabelChoice> byLabel = new LinkedHashMap<>();
    private final ObservableList<String> parties = FXCollections.observableArrayList();
    private final List<String> partyColours = new ArrayList<>();
    private final Runnable changed;

    /** {@code changed} runs whenever a choice is edited (the last check no longer holds). */
    LabelResolution(Runnable changed) {
        this.changed = changed;
    }

    /** Forgets every label and choice (a new file). */
    void clear() {
        labels.clear();
        byLabel.clear();
    }

    /** The open database's parties: their abbreviations for the type-ahead, their colours to keep clear of. */
    void setParties(List<Party> ps) {
        parties.setAll(ps.stream()
                .map(Party::abbreviation)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList());
        partyColours.clear();
        ps.stream().map(Party::colour).filter(Objects::nonNull).forEach(partyColours::add);
    }

    /** The labels a check found unknown, the most used first; those resolved earlier stay with their choice. */
    void update(List<ResultsReport.UnknownLabel> unknown) {
        List<LabelChoice> ls = new ArrayList<>();
        for (ResultsReport.UnknownLabel u : unknown) {
            ls.add(byLabel.computeIfAbsent(u.label(), l -> newChoice(u)));
        }
        for (LabelChoice c : byLabel.values()) {
            if (!ls.contains(c) && c.actionProperty().get() != LabelChoice.Action.LEAVE) {
                ls.add(c);
            }
        }
        ls.sort((a, b) -> Long.compare(b.count(), a.count()));
        labels.setAll(ls);
    }

    private LabelChoice newChoice(ResultsReport.UnknownLabel u) {
        String where = u.column() == null
                ? T.t("label.where", u.file(), u.line())
                : T.t("label.where.column", u.file(), u.line(), u.column());
        LabelChoice c = new LabelChoice(u.label(), u.count(), where);
        c.colourProperty().set(suggestColour());
        ChangeListener<Object> stale = (o, a, b) -> changed.run();
        c.actionProperty().addListener(stale);
        c.partyProperty().addListener(stale);
        c.abbreviationProperty().addListener(stale);
        c.nameProperty().addListener(stale);
        c.colourProperty().addListener(stale);
        return c;
    }

    /** A colour clear of the database's parties' and of those the other labels hold now. */
    String suggestColour() {
        List<String> taken = new ArrayList<>(partyColours);
        byLabel.values().forEach(c -> taken.add(c.colourProperty().get()));
        return SuggestedColours.suggest(taken);
    }

    /** Labels with no answer yet (the import cannot run while there are any). */
    public long unresolved() {
        return labels.stream().filter(l -> !l.resolved()).count();
    }

    /** The import's settings with the labels resolved: aliases (of a party, of a new party, of none) and parties. */
    ResultsImport.Settings applyTo(ResultsImport.Settings settings) {
        List<AliasFile.Entry> resolved = new ArrayList<>();
        List<ResultsImport.NewParty> made = new ArrayList<>();
        for (LabelChoice c : byLabel.values()) {
            switch (c.actionProperty().get()) {
                case ALIAS ->
                    resolved.add(new AliasFile.Entry(
                            c.label(), c.partyProperty().get().strip(), 0));
                case NO_PARTY -> resolved.add(new AliasFile.Entry(c.label(), AliasFile.NO_PARTY, 0));
                case NEW_PARTY -> {
                    String abbreviation = c.abbreviationProperty().get().strip();
                    made.add(new ResultsImport.NewParty(
                            abbreviation,
                            c.nameProperty().get(),
                            c.colourProperty().get()));
                    if (!abbreviation.equalsIgnoreCase(c.label())) {
                        resolved.add(new AliasFile.Entry(c.label(), abbreviation, 0));
                    }
                }
                case LEAVE -> {}
            }
        }
        return settings.withResolved(resolved, made);
    }

    public ObservableList<LabelChoice> labels() {
        return labels;
    }

    /** The open database's parties' abbreviations, for the labels' type-ahead. */
    public ObservableList<String> parties() {
        return parties;
    }
}
