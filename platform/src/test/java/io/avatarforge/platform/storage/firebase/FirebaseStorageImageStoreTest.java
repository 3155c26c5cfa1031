package io.avatarforge.platform.storage.firebase;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bucket store through the real Cloud Storage client API, against Google's in-memory fake of the service. */
class FirebaseStorageImageStoreTest {

    private static final String BUCKET = "avatar-forge-test.firebasestorage.app";
    private static final String SIGNER_EMAIL = "avatar-forge@avatar-forge-test.iam.gserviceaccount.com";

    private final Storage storage = LocalStorageHelper.getOptions().getService();
    private final KeyPair key = aKeyPair();
    private final FirebaseStorageImageStore store = new FirebaseStorageImageStore(storage, BUCKET, Duration.ofHours(1),
            ServiceAccountCredentials.newBuilder().setClientEmail(SIGNER_EMAIL)
                    .setPrivateKey((RSAPrivateKey) key.getPrivate()).setProjectId("avatar-forge-test").build());

    @Test
    void aStoredResultComesBackWithItsBytesAndType() {
        ImageRef ref = ImageRef.avatar("uid-1", UUID.randomUUID(), "image/png");

        store.put(ref, new byte[] {1, 2, 3});

        ImageStore.StoredImage image = store.get(ref).orElseThrow();
        assertThat(image.bytes()).containsExactly(1, 2, 3);
        assertThat(image.contentType()).isEqualTo("image/png");
    }

    @Test
    void objectsAreWrittenUnderTheirKeyWithContentTypeAndCacheHeaders() {
        UUID jobId = UUID.randomUUID();
        ImageRef input = ImageRef.input(jobId, "image/jpeg");
        ImageRef result = ImageRef.avatar("uid-1", jobId, "image/webp");

        store.put(input, new byte[] {1});
        store.put(result, new byte[] {2});

        Blob inputObject = storage.get(BlobId.of(BUCKET, "inputs/" + jobId + ".jpg"));
        assertThat(inputObject.getContentType()).isEqualTo("image/jpeg");
        assertThat(inputObject.getCacheControl()).isEqualTo("private, no-store");
        Blob resultObject = storage.get(BlobId.of(BUCKET, "avatars/uid-1/" + jobId + ".webp"));
        assertThat(resultObject.getContentType()).isEqualTo("image/webp");
        assertThat(resultObject.getCacheControl()).isEqualTo("private, max-age=3600");
    }

    @Test
    void aDeletedImageIsGoneAndDeletingItAgainIsHarmless() {
        ImageRef ref = ImageRef.input(UUID.randomUUID(), "image/png");
        store.put(ref, new byte[] {1});

        store.delete(ref);
        store.delete(ref);

        assertThat(store.get(ref)).isEmpty();
        assertThat(storage.get(BlobId.of(BUCKET, ref.key()))).isNull();
    }

    @Test
    void anObjectThatWasNeverStoredIsAbsent() {
        assertThat(store.get(ImageRef.avatar("uid-1", UUID.randomUUID(), "image/png"))).isEmpty();
    }

    @Test
    void theDirectUrlIsAV4SignedLinkToTheObjectThatExpires() {
        ImageRef ref = ImageRef.avatar("uid-1", UUID.randomUUID(), "image/png");

        URI url = URI.create(store.directUrl(ref).orElseThrow());

        assertThat(url.getScheme()).isEqualTo("https");
        assertThat(url.getHost()).isEqualTo("storage.googleapis.com");
        assertThat(url.getPath()).isEqualTo("/" + BUCKET + "/" + ref.key());
        Map<String, String> query = query(url);
        assertThat(query).containsEntry("X-Goog-Algorithm", "GOOG4-RSA-SHA256")
                .containsEntry("X-Goog-Expires", "3600")
                .containsEntry("X-Goog-SignedHeaders", "host");
        assertThat(query.get("X-Goog-Credential")).startsWith(SIGNER_EMAIL + "/");
        // RSA-SHA256 with a 2048-bit key: 256 bytes, hex-encoded.
        assertThat(query.get("X-Goog-Signature")).matches("[0-9a-f]{512}");
    }

    /** Google checks the signature over the V4 canonical request; checked here with the key's public half. */
    @Test
    void theSignatureIsTheServiceAccountsOverTheCanonicalRequest() throws Exception {
        URI url = URI.create(store.directUrl(ImageRef.avatar("uid-1", UUID.randomUUID(), "image/png")).orElseThrow());
        Map<String, String> query = query(url);
        String canonicalQuery = Arrays.stream(url.getRawQuery().split("&"))
                .filter(pair -> !pair.startsWith("X-Goog-Signature=")).sorted().collect(Collectors.joining("&"));
        String canonicalRequest = String.join("\n", "GET", url.getRawPath(), canonicalQuery,
                "host:" + url.getHost(), "", "host", "UNSIGNED-PAYLOAD");
        String scope = query.get("X-Goog-Credential").substring(SIGNER_EMAIL.length() + 1);
        String stringToSign = String.join("\n", "GOOG4-RSA-SHA256", query.get("X-Goog-Date"), scope,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonicalRequest.getBytes(StandardCharsets.UTF_8))));

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key.getPublic());
        rsa.update(stringToSign.getBytes(StandardCharsets.UTF_8));

        assertThat(rsa.verify(HexFormat.of().parseHex(query.get("X-Goog-Signature")))).isTrue();
    }

    @Test
    void aSignedUrlIsReusedWhileMostOfItsLifetimeIsLeft() {
        ImageRef ref = ImageRef.avatar("uid-1", UUID.randomUUID(), "image/png");

        assertThat(store.directUrl(ref)).isEqualTo(store.directUrl(ref));
        assertThat(store.directUrl(ref)).isNotEqualTo(store.directUrl(ImageRef.avatar("uid-1", UUID.randomUUID(),
                "image/png")));
    }

    private static Map<String, String> query(URI url) {
        return Arrays.stream(url.getRawQuery().split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    /** A service-account key generated for the test: signing is local computation, no Google server is involved. */
    private static KeyPair aKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
