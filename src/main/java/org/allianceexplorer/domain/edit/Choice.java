package org.allianceexplorer.domain.edit;

/**
 * A record a form can link to: its id, the key people know it by (a seat's code, a party's abbreviation), and
 * the line a picker shows ({@code MQM-P  —  Muttahida Qaumi Movement – Pakistan}).
 */
public record Choice(long id, String key, String text) {
    @Override
    public String toString() {
        return text;
    }
}
