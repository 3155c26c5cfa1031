package io.avatarforge.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutagesTest {

    @Test
    void aFailedRollbackAfterAStatementLostItsConnectionIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("An I/O error occurred",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(DatabaseOutages.causedBy(rollback)).isTrue();
    }

    @Test
    void aConnectionTerminatedByAServerShutdownIsAnOutage() {
        // What PostgreSQL sends on pg_ctl restart -m fast, translated as JdbcTransactionManager translates a commit.
        PSQLException shutdown = new PSQLException(new ServerErrorMessage(
                "SFATAL\u0000C57P01\u0000Mterminating connection due to administrator command"));
        DataAccessException translated = new SQLStateSQLExceptionTranslator().translate("JDBC commit", null, shutdown);

        assertThat(translated).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(DatabaseOutages.causedBy(translated)).isTrue();
        assertThat(DatabaseOutages.causedBy(new TransactionSystemException("JDBC commit failed", shutdown))).isTrue();
    }

    @Test
    void aFailedRollbackAfterAnOrdinaryErrorIsNot() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DuplicateKeyException("duplicate key"));

        assertThat(DatabaseOutages.causedBy(rollback)).isFalse();
    }
}
