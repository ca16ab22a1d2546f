package org.allianceexplorer.data.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allianceexplorer.data.imports.OfficialMatch.Candidate;
import org.junit.jupiter.api.Test;

/** A Form-47's winner and runner-up are found among the seat's candidates however the two spell them. */
class OfficialMatchTest {

    private static final Candidate KAMAL = new Candidate(1, "Syed Mustafa Kamal", 10L, 71_727);
    private static final Candidate SABIR = new Candidate(2, "Dawa Khan Sabir", null, 53_770);
    private static final Candidate KHAN = new Candidate(3, "Muhammad Khan", null, 800);
    private static final Candidate MANDOKHEL = new Candidate(4, "Qadir Khan Mandokhel", 20L, 17_464);
    private static final List<Candidate> SEAT = List.of(KAMAL, SABIR, KHAN, MANDOKHEL);

    @Test
    void titlesSpacesAndPunctuationDoNotMatter() {
        assertThat(OfficialMatch.compact("Ch. Bilal Ejaz")).isEqualTo(OfficialMatch.compact("Chaudhry Bilal Ejaz"));
        assertThat(OfficialMatch.compact("Sahibzada Sibghat Ullah"))
                .isEqualTo(OfficialMatch.compact("Sahibzada Sibghatullah"));
        assertThat(OfficialMatch.compact("Asif Khan S/O Ghulam Jan")).isEqualTo("asifkhan");
        assertThat(OfficialMatch.compact("Maulana"))
                .as("a name of titles only keeps them")
                .isEqualTo("maulana");
    }

    @Test
    void aShorterNameOnTheFormIsFoundInTheLonger() {
        assertThat(OfficialMatch.contained(
                        OfficialMatch.words("Mian Khan"), OfficialMatch.words("Mian Khan Mandrani Bugti")))
                .isEqualTo(0.8);
        assertThat(OfficialMatch.contained(OfficialMatch.words("Khan"), OfficialMatch.words("Mian Khan")))
                .as("one word is too little")
                .isZero();
    }

    @Test
    void findsTheCandidateTheFormNames() {
        assertThat(OfficialMatch.best(SEAT, "Syed Mustafa Kamal", 10L, 71_767L, null))
                .isSameAs(KAMAL);
        // the form leaves out the last name; the votes agree
        assertThat(OfficialMatch.best(SEAT, "Dawa Khan", null, 53_759L, KAMAL)).isSameAs(SABIR);
    }

    @Test
    void aNameFarFromEveryCandidatesIsLeftUnmatched() {
        assertThat(OfficialMatch.best(SEAT, "Ayaz Amir", 30L, 102_537L, null)).isNull();
        assertThat(OfficialMatch.best(SEAT, "", null, 100L, null)).isNull();
        assertThat(OfficialMatch.best(SEAT, null, null, 100L, null)).isNull();
    }

    @Test
    void theWinnerIsNotAlsoTheRunnerUp() {
        assertThat(OfficialMatch.best(SEAT, "Syed Mustafa Kamal", 10L, 71_767L, KAMAL))
                .isNull();
    }

    @Test
    void partyAndVotesDecideBetweenNearNames() {
        Candidate a = new Candidate(5, "Abdul Sattar", 1L, 300);
        Candidate b = new Candidate(6, "Abdul Sattar Khan", 2L, 9_000);
        List<Candidate> seat = List.of(a, b);
        assertThat(OfficialMatch.best(seat, "Abdul Sattar", 2L, 9_050L, null)).isSameAs(b);
        assertThat(OfficialMatch.best(seat, "Abdul Sattar", 1L, 310L, null)).isSameAs(a);
    }
}
