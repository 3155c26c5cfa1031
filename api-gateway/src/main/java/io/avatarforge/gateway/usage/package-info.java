/** Usage and spend: reports per day, user and style, and today's budget as metrics. */
@NullMarked
package io.avatarforge.gateway.usage;

import org.jspecify.annotations.NullMarked;
