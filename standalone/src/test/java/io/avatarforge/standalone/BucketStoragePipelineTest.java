package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.auth.ServiceAccountSigner;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.avatarforge.gateway.job.ImageUrlSigner;
import io.avatarforge.model.job.JobId;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline with {@code FIREBASE_STORAGE_BUCKET} set, against Google's in-memory Cloud Storage fake (the
 * real client API; Firebase's own emulator cannot run here): the gateway stores the photo in the bucket, the worker
 * its result, the answers' {@code image_url} is the bucket's signed URL, and nothing lands on the local disk.
 */
@AvatarIntegrationTest(classes = {StandaloneApplication.class, BucketStoragePipelineTest.Bucket.class},
        properties = "FIREBASE_STORAGE_BUCKET=" + BucketStoragePipelineTest.BUCKET)
class BucketStoragePipelineTest {

    static final String BUCKET = "avatar-forge-pipeline.firebasestorage.app";

    @TestConfiguration
    static class Bucket {
        @Bean
        Storage storage() {
            return LocalStorageHelper.customOptions(false).getService();
        }

        /** A key generated for the test stands in for the service account that signs URLs in production. */
        @Bean
        ServiceAccountSigner urlSigner() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return ServiceAccountCredentials.newBuilder()
                    .setClientEmail("avatar-forge@avatar-forge-pipeline.iam.gserviceaccount.com")
                    .setPrivateKey((RSAPrivateKey) generator.generateKeyPair().getPrivate())
                    .build();
        }
    }

    @Autowired
    ApiClient api;

    @Autowired
    Storage storage;

    @Autowired
    ImageUrlSigner gatewaySigner;

    @Value("${avatar.data-dir}")
    Path dataDir;

    @Test
    void inputsAndResultsLandInTheBucketAndTheImageUrlPointsThere() throws IOException {
        HttpResponse<String> response = api.post("/api/v1/avatar/generate", Map.of("prompt", "smiling",
                "image", TestImages.jpegDataUri(300, 300)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        String id = body.get("avatar_id").asString();
        Blob input = storage.get(BlobId.of(BUCKET, "inputs/" + id + ".jpg"));
        assertThat(input).as("the photo, in the bucket").isNotNull();
        assertThat(input.getContentType()).isEqualTo("image/jpeg");
        assertThat(input.getCacheControl()).isEqualTo("private, no-store");
        String resultKey = "avatars/anonymous/" + id + ".png";
        Blob result = storage.get(BlobId.of(BUCKET, resultKey));
        assertThat(result).as("the avatar, in the bucket").isNotNull();
        assertThat(result.getContentType()).isEqualTo("image/png");
        assertThat(result.getCacheControl()).isEqualTo("private, max-age=3600");
        assertPointsAtTheBucket(body.get("image_url").asString(), resultKey);
        HttpResponse<String> status = api.get("/api/v1/avatar/status/" + id);
        assertPointsAtTheBucket(JSON.readTree(status.body()).get("image_url").asString(), resultKey);
        assertThat(filesUnder(dataDir.resolve("images"))).as("nothing on the local disk").isZero();
    }

    @Test
    void aGatewayImageUrlRedirectsToTheBucketInsteadOfCarryingTheBytes() {
        HttpResponse<String> response = api.post("/api/v1/avatar/generate", Map.of("prompt", "waving",
                "image", TestImages.jpegDataUri(200, 200)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JobId id = JobId.parse(JSON.readTree(response.body()).get("avatar_id").asString()).orElseThrow();

        HttpResponse<String> image = api.send(HttpRequest.newBuilder(URI.create(gatewaySigner.urlFor(id,
                api.url("")))));

        assertThat(image.statusCode()).isEqualTo(302);
        assertPointsAtTheBucket(image.headers().firstValue("Location").orElseThrow(),
                "avatars/anonymous/" + id + ".png");
    }

    @Test
    void erasingAJobDeletesItsObjectsFromTheBucket() {
        HttpResponse<String> response = api.post("/api/v1/avatar/generate", Map.of("prompt", "erase me",
                "image", TestImages.jpegDataUri(200, 200)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String id = JSON.readTree(response.body()).get("avatar_id").asString();

        assertThat(api.send("DELETE", "/api/v1/avatar/jobs/" + id, null).statusCode()).isEqualTo(204);

        assertThat(storage.get(BlobId.of(BUCKET, "inputs/" + id + ".jpg"))).isNull();
        assertThat(storage.get(BlobId.of(BUCKET, "avatars/anonymous/" + id + ".png"))).isNull();
        JsonNode status = JSON.readTree(api.get("/api/v1/avatar/status/" + id).body());
        assertThat(status.get("image_expired").asBoolean()).isTrue();
        assertThat(status.get("image_url").isNull()).isTrue();
    }

    private static void assertPointsAtTheBucket(String imageUrl, String key) {
        URI url = URI.create(imageUrl);
        assertThat(url.getHost()).isEqualTo("storage.googleapis.com");
        assertThat(url.getPath()).isEqualTo("/" + BUCKET + "/" + key);
        assertThat(url.getQuery()).contains("X-Goog-Signature=", "X-Goog-Expires=3600");
    }

    private static long filesUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
