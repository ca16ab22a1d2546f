package org.allianceexplorer.charts.model;

import org.allianceexplorer.data.ChartRepository;
import org.allianceexplorer.data.Repositories;

/** Builds any of the charts from the repositories (reads the database: call off the FX thread). */
public final class Charts {

    private Charts() {}

    public static ChartFigure<?> build(ChartKind kind, Repositories r, ChartRepository charts, ChartRequest q) {
        return switch (kind) {
            case LEDGER -> new LedgerFigure(LedgerModel.load(r, q));
            case OUTCOMES -> new OutcomesFigure(OutcomesModel.load(r, charts, q));
            case RESULTS -> new ResultsFigure(ResultsModel.load(r, charts, q));
            case MEMBERSHIP -> new MembershipFigure(MembershipModel.load(r, charts, q));
            case COALITIONS -> new CoalitionsFigure(CoalitionsModel.load(r, charts, q));
            case FRIENDLY_FIGHTS -> new FriendlyFightsFigure(FriendlyFightsModel.load(r, charts, q));
        };
    }
}
