package io.avatarforge.gateway.firebase;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays Google's side of Firebase ID tokens at the HTTP level: it signs tokens with a key of its own and publishes that
 * key's certificate where the Admin SDK fetches Google's signing certificates, so the SDK verifies for real. Keys are
 * made by the JDK's keytool at run time; no key material is checked in.
 */
public final class FirebaseStandIn {

    public static final String KEY_ID = "test-key-1";

    private final PrivateKey signingKey;
    private final PrivateKey strangerKey;
    private final String certificatesJson;
    private final List<String> requestedUrls = new CopyOnWriteArrayList<>();

    public FirebaseStandIn() {
        try {
            Path dir = Files.createTempDirectory("firebase-stand-in");
            KeyStore google = keyStore(dir, "google");
            signingKey = (PrivateKey) google.getKey("signer", "changeit".toCharArray());
            strangerKey = (PrivateKey) keyStore(dir, "stranger").getKey("signer", "changeit".toCharArray());
            X509Certificate certificate = (X509Certificate) google.getCertificate("signer");
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            certificatesJson = "{\"" + KEY_ID + "\": \"" + pem.replace("\n", "\\n") + "\"}";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP transport to give the SDK: every request is answered with the stand-in's certificates. */
    public HttpTransport transport() {
        return new MockHttpTransport() {
            @Override
            public LowLevelHttpRequest buildRequest(String method, String url) {
                requestedUrls.add(url);
                return new MockLowLevelHttpRequest(url).setResponse(new MockLowLevelHttpResponse()
                        .setContentType("application/json; charset=UTF-8")
                        .addHeader("Cache-Control", "public, max-age=3600")
                        .setContent(certificatesJson));
            }
        };
    }

    public List<String> requestedUrls() {
        return requestedUrls;
    }

    /** An ID token for {@code uid} in {@code project}, signed as Google would sign it. */
    public String idToken(String uid, String project, Instant expires) {
        return sign(signingKey, uid, project, expires);
    }

    /** A well-formed token signed by a key Google never published. */
    public String forgedIdToken(String uid, String project, Instant expires) {
        return sign(strangerKey, uid, project, expires);
    }

    /** A token as Firebase's Auth emulator issues them: {@code alg: none}, an empty signature segment. */
    public String unsignedIdToken(String uid, String project, Instant expires) {
        return unsigned("{\"alg\":\"none\",\"typ\":\"JWT\"}", uid, project, expires) + ".";
    }

    private static String sign(PrivateKey key, String uid, String audience, Instant expires) {
        String signingInput = unsigned("{\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"typ\":\"JWT\"}", uid,
                audience, expires);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(String header, String uid, String audience, Instant expires) {
        long now = Instant.now().getEpochSecond();
        String payload = "{\"iss\":\"https://securetoken.google.com/" + audience + "\",\"aud\":\"" + audience
                + "\",\"auth_time\":" + (now - 60) + ",\"user_id\":\"" + uid + "\",\"sub\":\"" + uid + "\",\"iat\":"
                + Math.min(now - 60, expires.getEpochSecond() - 60) + ",\"exp\":" + expires.getEpochSecond() + "}";
        return base64Url(header) + "." + base64Url(payload);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyStore keyStore(Path dir, String name)
            throws IOException, GeneralSecurityException, InterruptedException {
        Path file = dir.resolve(name + ".p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "signer", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + name, "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, "changeit".toCharArray());
        }
        return store;
    }
}
