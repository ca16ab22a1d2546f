package org.allianceexplorer.alliances;

import org.allianceexplorer.domain.Alliance;

/** An alliance with the number of member parties on the as-of date (all members ever when it is empty). */
public record AllianceRow(Alliance alliance, int members) {

    public long id() {
        return alliance.id();
    }
}
