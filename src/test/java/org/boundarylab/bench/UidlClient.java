package org.boundarylab.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser speaking Vaadin's UIDL protocol over HTTP: form login, {@code ?v-r=init}
 * for the UI id and CSRF token, then JSON posts to {@code ?v-r=uidl} with the sync and client ids
 * counted as the real client does. Element ids ({@code setId}) are tracked from the responses so
 * the driver can click and set values by id.
 */
public final class UidlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;
    private final HttpClient http;
    private final LatencyLog log;
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final Map<String, String> listeners = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String csrf;
    private String pushId;
    private java.net.http.WebSocket push;
    private final CookieManager cookies = new CookieManager();
    private int uiId;
    private int syncId;
    private int clientId;

    public UidlClient(String base, LatencyLog log) {
        this.base = base;
        this.log = log;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The node that answered the last request, as HAProxy names it (deploy/haproxy.cfg); null without it. */
    public volatile String lastNode;

    /**
     * Behind HAProxy: be served by this node, as a browser that first landed there is (its BLNODE
     * cookie). HAProxy sends the browser elsewhere when that node is down.
     */
    public void stickTo(String node) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("BLNODE", node);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private void served(HttpResponse<?> r) {
        r.headers().firstValue("X-Boundarylab-Node").ifPresent(n -> lastNode = n);
    }

    public void login(String username, String password) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String form = org.boundarylab.account.LoginPage.form(http, base, username, password);
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        served(r);
        boolean failed = r.statusCode() != 302
                || r.headers()
                        .firstValue("location")
                        .map(l -> l.contains("login"))
                        .orElse(true);
        log.record("login", System.nanoTime() - start, failed);
        if (failed) {
            throw new IOException("login as " + username + " refused");
        }
    }

    /** Opens a UI on a route: init, then the client-side navigation event the Flow client sends. */
    public void open(String route) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        served(r);
        boolean failed = r.statusCode() != 200;
        nodesById.clear(); // a new UI: the old one's elements are gone
        listeners.clear();
        if (!failed) {
            JsonNode config = JSON.readTree(r.body()).get("appConfig");
            uiId = config.get("v-uiId").asInt();
            JsonNode uidl = config.get("uidl");
            csrf = uidl.get("Vaadin-Security-Key").asString();
            pushId = uidl.path("Vaadin-Push-ID").asString(null);
            syncId = uidl.get("syncId").asInt();
            clientId = 0;
            absorb(uidl);
        }
        log.record("init", System.nanoTime() - start, failed);
        ObjectNode navigate =
                JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        navigate.putObject("data")
                .put("route", route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", "")
                .putObject("historyState")
                .put("idx", 0);
        send("navigate", List.of(navigate));
    }

    /**
     * Opens the UI's push channel as the browser does (a WebSocket to {@code VAADIN/push}, speaking
     * Atmosphere's protocol with message lengths) and hands each UIDL message the server pushes to
     * {@code onMessage}, with the time it arrived. Call after {@link #open}.
     */
    public void connectPush(java.util.function.BiConsumer<String, Long> onMessage)
            throws IOException, InterruptedException {
        if (pushId == null) {
            throw new IOException("The page has no push channel (no Vaadin-Push-ID)");
        }
        String url = base.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + URLEncoder.encode(pushId, StandardCharsets.UTF_8) + "&X-Atmosphere-tracking-id=0"
                + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        String cookie = String.join(
                "; ",
                cookies.getCookieStore().get(URI.create(base)).stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .toList());
        try {
            push = http.newWebSocketBuilder()
                    .header("Cookie", cookie)
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(url), new PushListener(onMessage))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("push channel refused: " + e, e);
        }
    }

    public void closePush() {
        if (push != null) {
            push.abort();
        }
    }

    /** Atmosphere's framing with TrackMessageSize: "length|message", possibly split or joined across frames. */
    private final class PushListener implements java.net.http.WebSocket.Listener {

        private final java.util.function.BiConsumer<String, Long> onMessage;
        private final StringBuilder buffer = new StringBuilder();

        PushListener(java.util.function.BiConsumer<String, Long> onMessage) {
            this.onMessage = onMessage;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(
                java.net.http.WebSocket socket, CharSequence data, boolean last) {
            long arrived = System.nanoTime();
            buffer.append(data);
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar <= 0 || !buffer.substring(0, bar).chars().allMatch(Character::isDigit)) {
                    break;
                }
                int length = Integer.parseInt(buffer.substring(0, bar));
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                String message = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                String json = message.startsWith("for(;;);") ? message.substring(8) : message;
                if (json.startsWith("{") || json.startsWith("[")) {
                    synchronized (UidlClient.this) {
                        try {
                            JsonNode response = JSON.readTree(json);
                            if (response.isArray()) {
                                response = response.get(0);
                            }
                            if (response.has("syncId")) {
                                syncId = Math.max(syncId, response.get("syncId").asInt());
                            }
                            absorb(response);
                        } catch (RuntimeException unreadable) {
                            // not UIDL (a heartbeat or the protocol's greeting): nothing to absorb
                        }
                    }
                    onMessage.accept(json, arrived);
                }
            }
            socket.request(1);
            return null;
        }
    }

    public boolean has(String elementId) {
        return nodesById.containsKey(elementId);
    }

    public void click(String elementId) throws IOException, InterruptedException {
        int node = node(elementId);
        ObjectNode event =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", "click");
        ObjectNode data = event.putObject("data");
        JsonNode expected = constants.get(listeners.get(node + ":click"));
        if (expected != null) {
            for (String name : expected.propertyNames()) {
                if (name.endsWith("Key")) {
                    data.put(name, false);
                } else {
                    data.put(name, name.equals("event.detail") ? 1 : 0);
                }
            }
        }
        send("click " + elementId, List.of(event));
    }

    /** Sets a synchronised property and fires the event that makes the server read it, as a component would. */
    public void set(String elementId, String property, JsonNode value, String changeEvent)
            throws IOException, InterruptedException {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", 1)
                .put("property", property);
        sync.set("value", value);
        ObjectNode event =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", changeEvent);
        event.putObject("data");
        send("set " + elementId, List.of(sync, event));
    }

    /** The heartbeat an open tab sends every few minutes: it says the tab is open, not that anyone is working. */
    public int heartbeat() throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId))
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** An empty request, as a browser's push or heartbeat would bring changes home. */
    void poll() throws IOException, InterruptedException {
        send("poll", List.of());
    }

    public JsonNode bool(boolean b) {
        return JSON.getNodeFactory().booleanNode(b);
    }

    public JsonNode text(String s) {
        return JSON.getNodeFactory().stringNode(s);
    }

    private int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element with id " + elementId + " on the page");
        }
        return node;
    }

    public String lastBody = "";

    private void send(String what, List<ObjectNode> rpc) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode()
                .put("csrfToken", csrf)
                .put("syncId", syncId)
                .put("clientId", clientId);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        served(r);
        boolean failed = r.statusCode() != 200;
        if (!failed) {
            String text = r.body().startsWith("for(;;);") ? r.body().substring(8) : r.body();
            lastBody = text;
            JsonNode response = JSON.readTree(text);
            if (response.isArray()) {
                response = response.get(0);
            }
            JsonNode meta = response.get("meta");
            failed = response.path("syncId").asInt(-1) < 0 || meta != null && meta.has("appError");
            if (!failed) {
                synchronized (this) { // a pushed message may arrive meanwhile
                    syncId = Math.max(syncId, response.get("syncId").asInt());
                    clientId =
                            response.has("clientId") ? response.get("clientId").asInt() : clientId + 1;
                    absorb(response);
                }
            }
        }
        log.record(what.startsWith("click submit") ? "submit" : what.split(" ")[0], took, failed);
        if (failed) {
            throw new IOException(what + " failed: HTTP " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
    }

    private void absorb(JsonNode uidl) {
        JsonNode c = uidl.get("constants");
        if (c != null) {
            c.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode change : changes) {
            if (!"put".equals(change.path("type").asString("")) || !change.has("key")) {
                continue;
            }
            String key = change.get("key").asString();
            int node = change.get("node").asInt();
            if (key.equals("id") && change.path("value").isString()) {
                nodesById.put(change.get("value").asString(), node);
            } else if (change.path("feat").asInt() == 4 && change.path("value").isString()) {
                listeners.put(node + ":" + key, change.get("value").asString());
            }
        }
    }
}
