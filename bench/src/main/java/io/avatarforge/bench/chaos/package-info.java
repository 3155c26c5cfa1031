/**
 * The chaos suite behind chaos/run (issue 13): the production gateway and workers on PostgreSQL with a Kafka broker
 * and a stand-in OpenAI provider, each fault injected under client load, and the invariants checked from the database.
 */
@NullMarked
package io.avatarforge.bench.chaos;

import org.jspecify.annotations.NullMarked;
