package io.avatarforge.gateway.web.openapi;

/** The names of the document's security schemes, for {@code @SecurityRequirement(name = ...)} on controllers. */
public final class ApiSecurity {

    /** An API key sent as {@code Authorization: Bearer KEY}. */
    public static final String API_KEY = "api_key";
    /** A Firebase Authentication ID token of the app's user, sent as {@code Authorization: Bearer TOKEN}. */
    public static final String FIREBASE_ID_TOKEN = "firebase_id_token";

    private ApiSecurity() {
    }
}
