package org.allianceexplorer.importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.allianceexplorer.data.imports.results.ResultsImport;
import org.allianceexplorer.domain.Assembly;
import org.allianceexplorer.domain.Election;

/**
 * The import wizard's form: the election, assembly and source every imported row is filed under and cites (an
 * election or assembly the database lacks is made with the values typed here), and ParlGov's countries. An
 * election the open database has fills in its name, polling day and country.
 */
public final class ElectionForm {

    private final StringProperty election = new SimpleStringProperty(this, "election", "");
    private final StringProperty electionName = new SimpleStringProperty(this, "electionName", "");
    private final StringProperty pollingDay = new SimpleStringProperty(this, "pollingDay", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "");
    private final StringProperty assembly = new SimpleStringProperty(this, "assembly", "");
    private final StringProperty assemblyName = new SimpleStringProperty(this, "assemblyName", "");
    private final StringProperty sourceUrl = new SimpleStringProperty(this, "sourceUrl", "");
    private final StringProperty sourceOutlet = new SimpleStringProperty(this, "sourceOutlet", "");
    private final StringProperty countries = new SimpleStringProperty(this, "countries", "");
    private final ObservableList<String> elections = FXCollections.observableArrayList();
    private final ObservableList<String> assemblies = FXCollections.observableArrayList();
    private final Map<String, Election> electionsByKey = new HashMap<>();

    ElectionForm() {
        // an election the database has: its name, day and country are shown (and not needed)
        election.addListener((o, a, b) -> {
            Election e = electionsByKey.get(b == null ? "" : b.strip());
            if (e != null) {
                electionName.set(e.name());
                pollingDay.set(e.pollingDay() == null ? "" : e.pollingDay().toString());
                country.set(e.country() == null ? "" : e.country());
            }
        });
    }

    /** Calls {@code changed} whenever a value the import reads is edited (not the ParlGov countries). */
    void onChange(Runnable changed) {
        ChangeListener<Object> l = (o, a, b) -> changed.run();
        for (StringProperty p :
                List.of(election, electionName, pollingDay, country, assembly, assemblyName, sourceUrl, sourceOutlet)) {
            p.addListener(l);
        }
    }

    /** The open database's elections and assemblies, for the choices (none: no database open). */
    void setChoices(List<Election> es, List<Assembly> as) {
        electionsByKey.clear();
        es.forEach(e -> electionsByKey.put(e.code(), e));
        elections.setAll(es.stream().map(Election::code).sorted().toList());
        assemblies.setAll(as.stream().map(Assembly::code).sorted().toList());
    }

    /** A mapping file's source is cited unless the user typed another. */
    void citeIfBlank(String outlet, String url) {
        if (sourceOutlet.get().isBlank() && outlet != null) {
            sourceOutlet.set(outlet);
        }
        if (sourceUrl.get().isBlank() && url != null) {
            sourceUrl.set(url);
        }
    }

    /** What the import of {@code file} reads from this form: election, assembly, source, a new election's values. */
    ResultsImport.Settings settings(Path file) {
        return ResultsImport.Settings.of(
                        file,
                        election.get(),
                        assembly.get(),
                        new ResultsImport.Source(
                                null, blank(sourceOutlet.get()), null, blank(sourceUrl.get()), null, null, null))
                .withNewElection(blank(electionName.get()), blank(pollingDay.get()), blank(country.get()))
                .withAssemblyName(blank(assemblyName.get()));
    }

    /** ParlGov: the ISO3 codes typed, upper case; empty for all countries. */
    List<String> countryCodes() {
        return Arrays.stream(countries.get().split("[;,\\s]+"))
                .filter(s -> !s.isBlank())
                .map(s -> s.strip().toUpperCase(Locale.ROOT))
                .toList();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty electionProperty() {
        return election;
    }

    public StringProperty electionNameProperty() {
        return electionName;
    }

    public StringProperty pollingDayProperty() {
        return pollingDay;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty assemblyProperty() {
        return assembly;
    }

    public StringProperty assemblyNameProperty() {
        return assemblyName;
    }

    public StringProperty sourceUrlProperty() {
        return sourceUrl;
    }

    public StringProperty sourceOutletProperty() {
        return sourceOutlet;
    }

    /** ParlGov: the countries to import (ISO3), all when empty. */
    public StringProperty countriesProperty() {
        return countries;
    }

    /** The open database's election keys. */
    public ObservableList<String> elections() {
        return elections;
    }

    /** The open database's assembly codes. */
    public ObservableList<String> assemblies() {
        return assemblies;
    }
}
