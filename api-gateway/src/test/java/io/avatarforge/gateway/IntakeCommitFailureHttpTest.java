package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A commit cut short by a PostgreSQL restart ({@code pg_ctl restart -m fast}): the job's row commits, then the
 * connection dies before the commit is acknowledged (57P01). The pool under test is the real Hikari pool, which marks
 * the connection broken, so Spring's rollback after the failed commit fails too, as it does in production. The client
 * is told to retry (503), and the photo the job may refer to is kept.
 */
@AvatarIntegrationTest(classes = {GatewayTestApplication.class, IntakeCommitFailureHttpTest.Setup.class},
        properties = "avatar.gateway.security.bootstrap-admin-key=" + IntakeCommitFailureHttpTest.ADMIN_KEY)
class IntakeCommitFailureHttpTest {

    static final String ADMIN_KEY = "commit-failure-admin-key-0123456789abcdef";
    /** Set by the test: the next intake commit (the one that reserves budget) is acknowledged by a dead connection. */
    static final AtomicBoolean CUT_THE_NEXT_INTAKE_COMMIT = new AtomicBoolean();

    @TestConfiguration
    static class Setup {
        /** Puts the commit-cutting connections under Hikari, so the pool reacts to the failure as it does for real. */
        @Bean
        static BeanPostProcessor commitCutter() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool) {
                        pool.setDataSource(new CommitCuttingDataSource(new SimpleDriverDataSource(
                                new org.postgresql.Driver(), pool.getJdbcUrl(), pool.getUsername(),
                                pool.getPassword())));
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    ApiClient api;

    @Autowired
    ImageStore images;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommitCutShortByARestartAnswers503AndKeepsThePhotoTheJobMayNeed() throws Exception {
        ApiClient caller = api.withKey(newKey());
        CUT_THE_NEXT_INTAKE_COMMIT.set(true);

        HttpResponse<String> response = caller.post("/api/v1/avatar/generate",
                Map.of("prompt", "restart", "image", TestImages.jpegDataUri(200, 200), "async", true));

        assertThat(CUT_THE_NEXT_INTAKE_COMMIT.get()).as("the intake commit was cut").isFalse();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("service_unavailable");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        List<String> inputs = jdbc.sql("select input_image_ref from generation_job")
                .query(String.class).list();
        assertThat(inputs).as("the job committed before the connection died").hasSize(1);
        assertThat(images.get(new ImageRef(inputs.getFirst()))).as("the committed job's photo").isPresent();
    }

    private String newKey() throws Exception {
        HttpResponse<String> created = api.withKey(ADMIN_KEY).post("/api/v1/admin/api-keys",
                Map.of("name", "commit-failure", "scopes", List.of("generate")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("key").asString();
    }

    /**
     * Connections whose commit, once armed, commits and then fails as PostgreSQL's fast shutdown makes it fail; only
     * the intake's transaction is cut (the one that reserved budget), not the relay's or the scheduler's.
     */
    static final class CommitCuttingDataSource extends DelegatingDataSource {

        CommitCuttingDataSource(SimpleDriverDataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return cutting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return cutting(super.getConnection(username, password));
        }

        private static Connection cutting(Connection real) {
            AtomicBoolean reservedBudget = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args[0] instanceof String sql
                                && sql.contains("update budget_usage set reserved")) {
                            reservedBudget.set(true);
                        }
                        boolean cut = method.getName().equals("commit") && reservedBudget.getAndSet(false)
                                && CUT_THE_NEXT_INTAKE_COMMIT.getAndSet(false);
                        try {
                            Object result = method.invoke(real, args);
                            if (cut) {
                                real.close();
                                throw new PSQLException(new ServerErrorMessage(
                                        "SFATAL\u0000C57P01\u0000Mterminating connection due to administrator command"));
                            }
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
