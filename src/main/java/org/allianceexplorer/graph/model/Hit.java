package org.allianceexplorer.graph.model;

/**
 * What is under a point of the graph figure ({@link GraphFigure#hitAt}): a party's node or a tie. The skin
 * turns it into hover, tooltip, click and drag; {@link GraphFigure#describe(Hit)} gives its tooltip.
 */
public sealed interface Hit permits Hit.Node, Hit.Tie {

    /** The party whose node was hit; {@code null} for a tie. */
    String party();

    /** A party's node. */
    record Node(String party) implements Hit {}

    /** A tie between two parties. */
    record Tie(PartyEdge edge) implements Hit {
        @Override
        public String party() {
            return null;
        }
    }
}
