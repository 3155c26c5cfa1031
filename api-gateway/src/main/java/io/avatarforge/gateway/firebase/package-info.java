/** Firebase ID tokens: app users calling the API directly, identified by their Firebase uid. */
@NullMarked
package io.avatarforge.gateway.firebase;

import org.jspecify.annotations.NullMarked;
