/** The budget ledger's shared rules: which day a cost belongs to, and the statements that settle or release it. */
@NullMarked
package io.avatarforge.model.budget;

import org.jspecify.annotations.NullMarked;
