package org.boundarylab.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in over plain HTTP as the browser's form does: the sign-in page first, for its CSRF token. */
public final class LoginPage {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private LoginPage() {}

    /** The form body for a sign-in, with the token of the page just loaded into this client's session. */
    public static String form(HttpClient http, String baseUrl, String username, String password)
            throws IOException, InterruptedException {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String parameter = null;
        String token = null;
        Matcher m = META.matcher(page);
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            } else {
                parameter = m.group(2);
            }
        }
        if (parameter == null || token == null) {
            throw new IOException("The sign-in page carries no CSRF token");
        }
        return "username=" + enc(username) + "&password=" + enc(password) + "&" + enc(parameter) + "=" + enc(token);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
