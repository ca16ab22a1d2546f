package org.allianceexplorer.data.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds which candidate of a seat an official count's winner or runner-up is. The form and the candidate
 * list are two transcriptions of the same names ("Sahibzada Sibghatullah" and "Sahibzada Sibghat Ullah",
 * "Ch. Bilal Ejaz" and "Chaudhry Bilal Ejaz"), so names are compared after titles, spaces and punctuation
 * are taken off; the party and how close the votes are decide between near names. A name too far from every
 * candidate's is left unmatched rather than guessed.
 */
final class OfficialMatch {

    /** A candidate of the seat: its id, name, party (null if none known) and votes. */
    record Candidate(long id, String name, Long party, long votes) {}

    /** Titles and honorifics that one transcription writes and the other leaves out. */
    private static final Set<String> TITLES = Set.of(
            "alhaj",
            "barrister",
            "begum",
            "ch",
            "chaudhary",
            "chaudhry",
            "choudhary",
            "chaudry",
            "choudhry",
            "dr",
            "engr",
            "haji",
            "hafiz",
            "khawaja",
            "khawja",
            "makhdoom",
            "makhdum",
            "makhdoomzada",
            "malik",
            "maulana",
            "maulvi",
            "meer",
            "mehar",
            "mehr",
            "mian",
            "mir",
            "molvi",
            "moulana",
            "mr",
            "mrs",
            "mufti",
            "nawab",
            "pir",
            "prince",
            "qari",
            "rai",
            "raja",
            "rana",
            "sahibzada",
            "sardar",
            "shahzada",
            "shaikh",
            "sheikh",
            "syed",
            "syeda",
            "sayed");

    private OfficialMatch() {}

    /**
     * The candidate the official entry names, or null when none is near enough. {@code taken} is a candidate
     * already matched to the other entry of the form (a winner and runner-up are two people).
     */
    static Candidate best(List<Candidate> seat, String name, Long party, Long votes, Candidate taken) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = compact(name);
        List<String> wantedWords = words(name);
        Candidate best = null;
        double bestScore = 0;
        for (Candidate c : seat) {
            if (c == taken) {
                continue;
            }
            double names = Math.max(similarity(wanted, compact(c.name())), contained(wantedWords, words(c.name())));
            boolean sameParty = party != null && party.equals(c.party());
            boolean nearVotes = votes != null && votes > 0 && Math.abs(c.votes() - votes) <= votes * 0.05;
            // a near name is enough; a weaker one needs the party or the votes to agree too
            boolean accepted =
                    names >= 0.8 || names >= 0.5 && (sameParty || nearVotes) || names >= 0.3 && sameParty && nearVotes;
            if (!accepted) {
                continue;
            }
            double score = names + (sameParty ? 0.3 : 0) + (nearVotes ? 0.3 : 0);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** A name without accents, titles, "s/o ..." (son of), punctuation or spaces, in lower case. */
    static String compact(String name) {
        List<String> all = words(name);
        List<String> kept = new ArrayList<>();
        for (String w : all) {
            if (!TITLES.contains(w)) {
                kept.add(w);
            }
        }
        return String.join("", kept.isEmpty() ? all : kept);
    }

    /** The words of a name, titles kept: lower case, without accents, punctuation or "s/o ..." (son of). */
    static List<String> words(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        int so = n.indexOf(" s/o ");
        if (so > 0) {
            n = n.substring(0, so);
        }
        List<String> out = new ArrayList<>();
        for (String w : n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * 0.8 when every word of the shorter name (two words at least) is in the longer one, the form writing a
     * shorter name ("Mian Khan" for "Mian Khan Mandrani Bugti"); else 0.
     */
    static double contained(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        return shorter.size() >= 2 && longer.containsAll(shorter) ? 0.8 : 0;
    }

    /** 1 for the same text, 0 for nothing in common: one less the edit distance over the longer length. */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int longer = Math.max(a.length(), b.length());
        return 1.0 - (double) distance(a, b) / longer;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
