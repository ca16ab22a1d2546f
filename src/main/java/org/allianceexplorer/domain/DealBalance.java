package org.allianceexplorer.domain;

import java.util.List;

/**
 * What one party and one partner gave each other in seat deals: {@code given} are the deals where the
 * party stood down for the partner, {@code received} where the partner stood down for the party. Deals
 * of every status are kept (a denied or switched deal is part of the story); the counts are of the deals
 * in force.
 */
public record DealBalance(RecordRef partner, List<DealLine> given, List<DealLine> received) {

    public DealBalance {
        given = List.copyOf(given);
        received = List.copyOf(received);
    }

    public long givenInForce() {
        return given.stream().filter(DealLine::inForce).count();
    }

    public long receivedInForce() {
        return received.stream().filter(DealLine::inForce).count();
    }

    /** Received minus given, of the deals in force: positive when the partner gave more. */
    public long net() {
        return receivedInForce() - givenInForce();
    }
}
