package org.caremarket.platform;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newKey;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bodies no operation should have to read — tens of megabytes of JSON, with and without a Content-Length, and bulk
 * uploads naming a million services — sent while other clients go about their business. The bodies are made as they
 * are sent, never held in the test's memory, and sent with {@link HttpURLConnection}, which writes the whole body
 * before it reads the answer, as a naive client would (the server reads no more than its limit, then discards).
 */
class BodyLimitsIT {

    private static final long FIFTY_MB = 50_000_000L;
    private static final long MILLION = 1_000_000L;
    private static final String KB = "a".repeat(1000);

    private final String word = unique();
    private final String provider = newProvider("Limits " + word);
    private final String key = newKey("PROVIDER", provider, null);

    private JsonObject home(String name) {
        return created(post("/api/services", service(provider, name + " " + word).build().toString()));
    }

    @Test
    @DisplayName("R0.14 R4.12 bodies over their limits are 413 problem+json while other clients' requests all succeed; "
            + "the server stays ready")
    void oversizedBodiesWhileOthersWork() throws Exception {
        JsonObject busy = home("Busy");
        JsonObject untouched = home("Untouched");
        JsonObject bulked = home("Bulked");
        String busyPath = "/api/services/" + busy.getString("id") + "/vacancies";
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> others = new ArrayList<>();
        others.add(pool.submit(() -> whileRunning(stop, failures, done, "search", () -> {
            Api.Reply reply = get("/api/services?council=E08000035&size=20");
            return reply.status() == 200 ? null : reply.status() + " " + reply.body();
        })));
        others.add(pool.submit(() -> {
            String[] etag = {get(busyPath).etag()};
            whileRunning(stop, failures, done, "vacancy report", () -> {
                Api.Reply reply = Api.put(busyPath, "{\"beds\":[{\"type\":\"NURSING\",\"available\":" + java.util.concurrent.ThreadLocalRandom.current().nextInt(5) + "}]}",
                        etag[0], key);
                if (reply.status() != 200) {
                    return reply.status() + " " + reply.body();
                }
                etag[0] = reply.etag();
                return null;
            });
        }));
        others.add(pool.submit(() -> whileRunning(stop, failures, done, "new provider", () -> {
            Api.Reply reply = post("/api/providers", Api.provider("Meanwhile " + unique()).build().toString());
            return reply.status() == 201 ? null : reply.status() + " " + reply.body();
        })));
        others.add(pool.submit(() -> whileRunning(stop, failures, done, "small bulk upload", () -> {
            Api.Reply reply = Api.send(java.net.http.HttpRequest.newBuilder(Api.uri("/api/vacancies/bulk"))
                    .header("Content-Type", "text/csv").header("Authorization", "Bearer " + key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("service,line,type,available\n"
                            + bulked.getString("cqcLocationId") + ",BED,NURSING,1\n")));
            return reply.status() == 200 && reply.json().getInt("accepted") == 1 ? null : reply.status() + " " + reply.body();
        })));

        // Two clients at once send, each in turn, every kind of body the server must refuse.
        List<Future<List<Oversized>>> refused = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            refused.add(pool.submit(() -> sendAll(untouched.getString("cqcLocationId"))));
        }
        List<Oversized> answers = new ArrayList<>();
        for (Future<List<Oversized>> client : refused) {
            answers.addAll(client.get(10, TimeUnit.MINUTES));
        }
        stop.set(true);
        for (Future<?> other : others) {
            other.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        for (Oversized answer : answers) {
            assertEquals(answer.expected(), answer.status(), () -> answer.what() + ": " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), () -> answer.what() + ": " + answer.contentType());
            JsonObject problem = Json.createReader(new StringReader(answer.body())).readObject();
            assertEquals(answer.expected(), problem.getInt("status"), answer::what);
            assertTrue(problem.getString("detail").contains(answer.detailSays()), () -> answer.what() + ": " + problem);
        }
        assertTrue(failures.isEmpty(), () -> "other clients' requests failed meanwhile: " + failures);
        for (String kind : List.of("search", "vacancy report", "new provider", "small bulk upload")) {
            assertTrue(done.containsKey(kind) && done.get(kind).get() > 0, () -> "no " + kind + " completed: " + done);
        }
        Api.Reply ready = get("/health/ready");
        assertEquals(200, ready.status(), ready::body);
        assertEquals("UP", ready.json().getString("status"));
        assertEquals(0, get("/api/services/" + untouched.getString("id") + "/vacancies").json().getInt("version"),
                "the refused uploads named this home first, and changed nothing");
    }

    /** What one oversized request was answered, and what it should have been. */
    private record Oversized(String what, int expected, String detailSays, int status, String contentType, String body) {
    }

    private List<Oversized> sendAll(String ownService) {
        List<Oversized> answers = new ArrayList<>();
        String head = "{\"name\":\"";
        String tail = "\",\"ownership\":\"PRIVATE\"}";
        long length = head.length() + FIFTY_MB + tail.length();
        answers.add(send("50 MB of JSON with its Content-Length", "/api/providers", Api.ADMIN, "application/json",
                Generated.of(head, FIFTY_MB / KB.length(), i -> KB, tail), length, 413, "1 MiB"));
        answers.add(send("50 MB of JSON, chunked", "/api/providers", Api.ADMIN, "application/json",
                Generated.of(head, FIFTY_MB / KB.length(), i -> KB, tail), -1, 413, "1 MiB"));
        // A PROVIDER key naming its own home first, then a million services, nearly all of them other providers'
        // or nobody's: refused whole when the 2,001st begins, before the rest is read, and nothing is applied.
        String header = "service,line,type,available\n";
        LongFunction<String> row = i -> (i == 0 ? ownService : ("1-" + (1_000_000_000L + i))) + ",BED,NURSING,1\n";
        answers.add(send("a CSV bulk upload naming a million services, chunked", "/api/vacancies/bulk", key, "text/csv",
                Generated.of(header, MILLION, row, ""), -1, 413, "2000 services"));
        long csvLength = header.length() + row.apply(0).length() + (MILLION - 1) * row.apply(1).length();
        answers.add(send("a CSV bulk upload naming a million services, with its Content-Length", "/api/vacancies/bulk", key,
                "text/csv", Generated.of(header, MILLION, row, ""), csvLength, 413, "8 MiB"));
        LongFunction<String> item = i -> (i == 0 ? "" : ",") + "{\"service\":\"" + (i == 0 ? ownService : ("1-" + (1_000_000_000L + i)))
                + "\",\"report\":{\"beds\":[{\"type\":\"NURSING\",\"available\":1}]}}";
        answers.add(send("a COMMISSIONER's CSV bulk upload naming a million services: the role is checked before the body",
                "/api/vacancies/bulk", "cm_demo_commissioner_leeds", "text/csv", Generated.of(header, MILLION, row, ""),
                csvLength, 403, ""));
        answers.add(send("a JSON bulk upload of a million services, chunked", "/api/vacancies/bulk", key, "application/json",
                Generated.of("[", MILLION, item, "]"), -1, 413, "2000 services"));
        answers.add(send("a JSON bulk upload of one service named in 50 MB, chunked", "/api/vacancies/bulk", key,
                "application/json", Generated.of("[{\"service\":\"", FIFTY_MB / KB.length(), i -> KB, "\"}]"), -1, 413, "8 MiB"));
        return answers;
    }

    private static Oversized send(String what, String path, String apiKey, String contentType, InputStream body, long length,
                                  int expected, String detailSays) {
        try {
            HttpURLConnection connection = (HttpURLConnection) Api.uri(path).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(120_000);
            connection.setRequestProperty("Authorization", "Bearer " + apiKey);
            connection.setRequestProperty("Content-Type", contentType);
            if (length < 0) {
                connection.setChunkedStreamingMode(64 * 1024);
            } else {
                connection.setFixedLengthStreamingMode(length);
            }
            try (OutputStream out = connection.getOutputStream(); body) {
                body.transferTo(out);
            } catch (IOException closedEarly) {
                // the server may stop reading once it has answered; the answer is still there to read
            }
            int status = connection.getResponseCode();
            InputStream answer = connection.getErrorStream() != null ? connection.getErrorStream() : connection.getInputStream();
            String text = new String(answer.readAllBytes(), StandardCharsets.UTF_8);
            String type = connection.getContentType() == null ? "" : connection.getContentType();
            connection.disconnect();
            return new Oversized(what, expected, detailSays, status, type, text);
        } catch (IOException e) {
            throw new UncheckedIOException(what, e);
        }
    }

    private static void whileRunning(AtomicBoolean stop, Queue<String> failures, Map<String, AtomicInteger> done, String kind,
                                     Supplier<String> request) {
        while (!stop.get()) {
            try {
                String failure = request.get();
                if (failure != null) {
                    failures.add(kind + ": " + failure);
                } else {
                    done.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                }
            } catch (RuntimeException e) {
                failures.add(kind + ": " + e);
            }
        }
    }

    /** A body made as it is read: a head, then {@code count} pieces, then a tail; never all in memory. */
    private static final class Generated extends InputStream {

        private final LongFunction<String> piece;
        private final long count;
        private final String tail;
        private byte[] current;
        private int at;
        private long next;
        private boolean tailDone;

        private Generated(String head, long count, LongFunction<String> piece, String tail) {
            this.piece = piece;
            this.count = count;
            this.tail = tail;
            this.current = head.getBytes(StandardCharsets.UTF_8);
        }

        static Generated of(String head, long count, LongFunction<String> piece, String tail) {
            return new Generated(head, count, piece, tail);
        }

        private boolean more() {
            while (at == current.length) {
                if (next < count) {
                    current = piece.apply(next++).getBytes(StandardCharsets.UTF_8);
                } else if (!tailDone) {
                    tailDone = true;
                    current = tail.getBytes(StandardCharsets.UTF_8);
                } else {
                    return false;
                }
                at = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return more() ? current[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int n = 0;
            while (n < length && more()) {
                int k = Math.min(length - n, current.length - at);
                System.arraycopy(current, at, buffer, offset + n, k);
                at += k;
                n += k;
            }
            return n == 0 ? -1 : n;
        }
    }
}
