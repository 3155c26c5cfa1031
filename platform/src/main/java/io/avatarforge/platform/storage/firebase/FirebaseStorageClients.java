package io.avatarforge.platform.storage.firebase;

import com.google.auth.ServiceAccountSigner;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.storage.Storage;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.cloud.StorageClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds the bucket store. In production the Storage client comes from firebase-admin's {@link StorageClient} with
 * Google Application Default Credentials ({@code GOOGLE_APPLICATION_CREDENTIALS}, or the Cloud Run service account),
 * and those credentials sign the URLs; a test passes its own client (Google's in-memory fake) and signer.
 */
public final class FirebaseStorageClients {

    private FirebaseStorageClients() {
    }

    public static FirebaseStorageImageStore store(FirebaseStorageProperties properties, @Nullable Storage storage,
            @Nullable ServiceAccountSigner signer) {
        String bucket = properties.bucket();
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("avatar.storage.firebase.bucket is not set");
        }
        if (storage != null && signer != null) {
            return new FirebaseStorageImageStore(storage, bucket, properties.urlTtl(), signer);
        }
        GoogleCredentials credentials = applicationDefaultCredentials();
        ServiceAccountSigner urlSigner = signer != null ? signer : signerOf(credentials);
        Storage client = storage != null ? storage : firebaseStorage(bucket, credentials);
        return new FirebaseStorageImageStore(client, bucket, properties.urlTtl(), urlSigner);
    }

    private static Storage firebaseStorage(String bucket, GoogleCredentials credentials) {
        FirebaseOptions options = FirebaseOptions.builder()
                .setCredentials(credentials)
                .setStorageBucket(bucket)
                .build();
        // A named app per store, so several application contexts in one JVM (tests) never clash over the default one.
        FirebaseApp app = FirebaseApp.initializeApp(options, "avatar-forge-storage-" + UUID.randomUUID());
        return StorageClient.getInstance(app).bucket(bucket).getStorage();
    }

    private static GoogleCredentials applicationDefaultCredentials() {
        try {
            return GoogleCredentials.getApplicationDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("FIREBASE_STORAGE_BUCKET is set but no Google Application Default "
                    + "Credentials were found (set GOOGLE_APPLICATION_CREDENTIALS or run with a service account)", e);
        }
    }

    /**
     * A service-account key and the Cloud Run / Compute Engine identity can sign (the latter through IAM signBlob, which
     * needs the Service Account Token Creator role on itself); end-user credentials from {@code gcloud auth} cannot.
     */
    private static ServiceAccountSigner signerOf(GoogleCredentials credentials) {
        if (credentials instanceof ServiceAccountSigner signer) {
            return signer;
        }
        throw new IllegalStateException("The Application Default Credentials (" + credentials.getClass().getSimpleName()
                + ") cannot sign image URLs; use a service account (GOOGLE_APPLICATION_CREDENTIALS with a key file, or "
                + "the Cloud Run service account)");
    }
}
