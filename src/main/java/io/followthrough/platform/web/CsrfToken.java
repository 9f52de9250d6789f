package io.followthrough.platform.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Double-submit CSRF protection: a random token in a cookie that every form must echo in a hidden field. */
public final class CsrfToken {

    public static final String COOKIE = "followthrough-csrf";
    public static final String FIELD = "csrf-token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean matches(String cookieValue, String formValue) {
        return cookieValue != null && formValue != null && !cookieValue.isEmpty()
                && MessageDigest.isEqual(cookieValue.getBytes(StandardCharsets.US_ASCII),
                formValue.getBytes(StandardCharsets.US_ASCII));
    }
}
