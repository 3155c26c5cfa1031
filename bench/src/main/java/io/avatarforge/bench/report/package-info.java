@NullMarked
package io.avatarforge.bench.report;

import org.jspecify.annotations.NullMarked;
