/** Browsing jobs: the job list, a job's details with its timeline, and retrying a failed or canceled job. */
@NullMarked
package io.avatarforge.gateway.jobs;

import org.jspecify.annotations.NullMarked;
