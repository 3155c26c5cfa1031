/**
 * Retention: a job's photo and its result are deleted from the image store a set time after the job ended, and the
 * job row remembers that they are gone (its state never changes).
 */
@NullMarked
package io.avatarforge.gateway.retention;

import org.jspecify.annotations.NullMarked;
