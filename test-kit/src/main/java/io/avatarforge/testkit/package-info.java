/**
 * What every module's tests share, so that no module keeps its own copy: the PostgreSQL test database
 * ({@link io.avatarforge.testkit.PostgresTestDatabase}), images made in code ({@link io.avatarforge.testkit.TestImages}),
 * job rows in any state ({@link io.avatarforge.testkit.TestJobs}), a client for the HTTP API
 * ({@link io.avatarforge.testkit.ApiClient}), and the annotations that start the application on a random port with its
 * own schema, data directory and configuration file ({@link io.avatarforge.testkit.AvatarIntegrationTest},
 * {@link io.avatarforge.testkit.AvatarServerTest}, {@link io.avatarforge.testkit.TestConfigFile}).
 *
 * <p>A library for tests, in {@code src/main} so that other modules can depend on it (with test scope). It depends on
 * nothing above {@code common-model}: platform's tests use it too.
 */
@NullMarked
package io.avatarforge.testkit;

import org.jspecify.annotations.NullMarked;
