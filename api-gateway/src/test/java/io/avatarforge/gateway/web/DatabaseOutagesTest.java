package io.avatarforge.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
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
    void aFailedRollbackAfterAnOrdinaryErrorIsNot() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DuplicateKeyException("duplicate key"));

        assertThat(DatabaseOutages.causedBy(rollback)).isFalse();
    }
}
