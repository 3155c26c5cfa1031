package io.avatarforge.platform.storage.firebase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.auth.ServiceAccountSigner;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.HttpMethod;
import com.google.cloud.storage.Storage;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Images as objects of one Cloud Storage bucket (a Firebase Storage bucket is one), through the Google Cloud Storage
 * client. Inputs are written {@code private, no-store}: only a worker reads them, never a browser or a CDN. Results are
 * immutable under their key (a retry writes its own), so a client may keep them for an hour; {@code private} because they
 * are a person's likeness. Clients fetch results by {@linkplain #directUrl V4 signed URL}.
 */
public final class FirebaseStorageImageStore implements ImageStore {

    static final String INPUT_CACHE_CONTROL = "private, no-store";
    static final String RESULT_CACHE_CONTROL = "private, max-age=3600";

    private final Storage storage;
    private final String bucket;
    private final Duration urlTtl;
    private final ServiceAccountSigner signer;
    /**
     * Signed URLs by key, reused while at least half their lifetime is left: a status poll then costs no signing (on
     * Cloud Run each signature is an IAM signBlob call), and a client that caches images by URL sees the same URL
     * across polls instead of a new one each time.
     */
    private final Cache<String, String> urls;

    /**
     * @param signer signs URLs: the service account of the Application Default Credentials in production (on Cloud Run
     *               the SDK signs through the IAM signBlob API), a key of a test's own in tests
     */
    public FirebaseStorageImageStore(Storage storage, String bucket, Duration urlTtl, ServiceAccountSigner signer) {
        this.storage = storage;
        this.bucket = bucket;
        this.urlTtl = urlTtl;
        this.signer = signer;
        this.urls = Caffeine.newBuilder().expireAfterWrite(urlTtl.dividedBy(2)).maximumSize(10_000).build();
    }

    /** A single-request upload: the object exists (durably) when this returns. */
    @Override
    public void put(ImageRef ref, byte[] bytes) {
        BlobInfo info = BlobInfo.newBuilder(blobId(ref))
                .setContentType(ref.contentType())
                .setCacheControl(ref.isInput() ? INPUT_CACHE_CONTROL : RESULT_CACHE_CONTROL)
                .build();
        storage.create(info, bytes);
    }

    @Override
    public Optional<StoredImage> get(ImageRef ref) {
        Blob blob = storage.get(blobId(ref));
        if (blob == null) {
            return Optional.empty();
        }
        String contentType = blob.getContentType() != null ? blob.getContentType() : ref.contentType();
        return Optional.of(new StoredImage(blob.getContent(), contentType));
    }

    @Override
    public void delete(ImageRef ref) {
        // false when it was not there: deleting is idempotent, as the port promises.
        storage.delete(blobId(ref));
        urls.invalidate(ref.key());
    }

    /**
     * A V4 signed GET URL valid for {@code urlTtl}: any HTTP client (Flutter's {@code Image.network}, a browser, a CDN)
     * fetches it without credentials, it stops working by itself, and deleting the object revokes every URL at once.
     */
    @Override
    public Optional<String> directUrl(ImageRef ref) {
        return Optional.of(urls.get(ref.key(), key -> storage.signUrl(BlobInfo.newBuilder(blobId(ref)).build(),
                urlTtl.toSeconds(), TimeUnit.SECONDS, Storage.SignUrlOption.withV4Signature(),
                Storage.SignUrlOption.signWith(signer), Storage.SignUrlOption.httpMethod(HttpMethod.GET)).toString()));
    }

    private BlobId blobId(ImageRef ref) {
        return BlobId.of(bucket, ref.key());
    }
}
