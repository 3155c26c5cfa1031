/**
 * Firebase Storage (a Google Cloud Storage bucket) as the image store, chosen when {@code FIREBASE_STORAGE_BUCKET} is
 * set: workers write results there and clients fetch them by V4 signed URL, so no gateway proxies image bytes.
 */
@NullMarked
package io.avatarforge.platform.storage.firebase;

import org.jspecify.annotations.NullMarked;
