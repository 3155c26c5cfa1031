@NullMarked
package io.avatarforge.worker.provider.gemini;

import org.jspecify.annotations.NullMarked;
