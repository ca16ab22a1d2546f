package org.allianceexplorer.data;

import java.util.List;
import java.util.stream.Collectors;
import org.allianceexplorer.domain.edit.FieldProblem;

/**
 * An edit was not made, and nothing was written: what is wrong, per field where a field is to blame (a form
 * shows each next to its field), or about the record (a rule of {@code check}, a delete with dependents not
 * confirmed, an undo of a record changed since).
 */
public final class EditRejected extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public EditRejected(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public EditRejected(String message) {
        this(List.of(new FieldProblem(null, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
