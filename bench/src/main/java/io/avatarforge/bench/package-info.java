/** The benchmark runner behind bench/run: starts the service, drives load, writes the report. */
@NullMarked
package io.avatarforge.bench;

import org.jspecify.annotations.NullMarked;
