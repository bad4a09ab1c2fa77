package org.npkg.serve;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIter1;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * TDB2's query operators, each of whose answers stops once the query has run past the timeout.
 *
 * <p>Why: Jena 5.6 enforces a timeout by cancelling the iterator that delivers a query's rows,
 * and that iterator does not exist yet while the plan is built — yet some operators do all their
 * work then: {@code OFFSET} skips its rows and {@code ORDER BY … LIMIT} ranks every row in their
 * constructors. {@code SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f LIMIT 1} thus ran on past
 * any timeout. Here every operator's rows pass a check of the clock against the query's start.
 */
final class CancellableOpExecutor extends OpExecutorTDB2 {

    /** Rows between two looks at the clock. */
    private static final int ROWS_PER_CHECK = 64;

    private final long deadlineMillis;

    private CancellableOpExecutor(ExecutionContext context, Duration timeout) {
        super(context);
        this.deadlineMillis = startMillis(context.getContext()) + timeout.toMillis();
    }

    /** Makes queries over a dataset with this context use this executor, stopping at the timeout. */
    static void install(Context context, Duration timeout) {
        QC.setFactory(context, execCxt -> new CancellableOpExecutor(execCxt, timeout));
    }

    /** When the query started: Jena stamps each query's context with its start time as an xsd:dateTime. */
    private static long startMillis(Context context) {
        if (context.get(ARQConstants.sysCurrentTime) instanceof Node now && now.isLiteral()) {
            try {
                return OffsetDateTime.parse(now.getLiteralLexicalForm()).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                // A start time without a zone: count from now, as a sub-query would.
            }
        }
        return System.currentTimeMillis();
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        return new Checked(super.exec(op, input), execCxt, deadlineMillis);
    }

    /** An operator's rows, refused once the deadline has passed. */
    private static final class Checked extends QueryIter1 {
        private final long deadlineMillis;
        private int rows;

        Checked(QueryIterator input, ExecutionContext context, long deadlineMillis) {
            super(input, context);
            this.deadlineMillis = deadlineMillis;
        }

        @Override
        protected boolean hasNextBinding() {
            if (++rows % ROWS_PER_CHECK == 0 && System.currentTimeMillis() > deadlineMillis) {
                throw new QueryCancelledException();
            }
            return getInput().hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return getInput().nextBinding();
        }

        @Override
        protected void closeSubIterator() {}

        @Override
        protected void requestSubCancel() {}
    }
}
