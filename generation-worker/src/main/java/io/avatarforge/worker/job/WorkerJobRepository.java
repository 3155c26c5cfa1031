package io.avatarforge.worker.job;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.platform.budget.LedgerSettlement;
import java.math.BigDecimal;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's own writes to {@code generation_job} that are not state changes (those are the platform's
 * {@code JobTransitions}): the cost of a provider call whose result could no longer be delivered.
 */
@Repository
public class WorkerJobRepository {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    public WorkerJobRepository(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /**
     * Records what a call cost whose result this worker can no longer deliver (its lease ran out and the job moved
     * on): on the job row as {@code discarded_cost}, and as spend on the day's budget, outside any reservation.
     */
    public void recordDiscardedCost(GenerationJob job, BigDecimal cost) {
        if (cost.signum() <= 0) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update generation_job set discarded_cost = coalesce(discarded_cost, 0) + :cost where id = :id")
                    .param("cost", cost)
                    .param("id", job.id().value())
                    .update();
            // The connection of this transaction, so the charge commits or rolls back with the row's update.
            LedgerSettlement.chargeUnreserved(DataSourceUtils.getConnection(dataSource), job.id().value(), cost);
        });
    }
}
