/**
 * What every module's tests share, so that no module keeps its own copy: the PostgreSQL test database
 * ({@link io.avatarforge.testkit.PostgresTestDatabase}), images made in code
 * ({@link io.avatarforge.testkit.TestImages}) and job rows in any state ({@link io.avatarforge.testkit.TestJobs}).
 *
 * <p>A library for tests, in {@code src/main} so that other modules can depend on it (with test scope). It depends on
 * nothing above {@code common-model}: platform's tests use it too.
 */
@NullMarked
package io.avatarforge.testkit;

import org.jspecify.annotations.NullMarked;
