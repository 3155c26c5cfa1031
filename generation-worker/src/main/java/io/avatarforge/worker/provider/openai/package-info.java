@NullMarked
package io.avatarforge.worker.provider.openai;

import org.jspecify.annotations.NullMarked;
