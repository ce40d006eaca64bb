package org.caremarket.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Vacancy updates per second over HTTP, with history and audit kept, against a running server with
 * an England-scale register. Not a test: it prints figures. Run it with {@code src/test/bench/vacancy-updates.sh}.
 *
 * <p>Each client owns a share of the care homes and sends whole reports one after another, each with
 * the ETag of its previous write (as a provider's system would), so no update is refused as stale.
 */
public final class VacancyUpdateBenchmark {

    private VacancyUpdateBenchmark() {
    }

    record Home(String id, int beds) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:19280";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String key = args.length > 4 ? args[4] : "cm_demo_admin";
        boolean readOnly = args.length > 5 && args[5].equals("read");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        List<Home> homes = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/services?kind=CARE_HOME_NURSING&kind=CARE_HOME_RESIDENTIAL&sort=name&size=100&page=" + page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonObject json = Json.createReader(new StringReader(reply.body())).readObject();
            json.getJsonArray("items").getValuesAs(JsonObject.class).forEach(s -> homes.add(
                    new Home(s.getString("id"), s.getJsonObject("capacity").getInt("amount"))));
            if ((page + 1) * 100L >= json.getInt("total")) {
                break;
            }
        }
        System.out.printf("register: %d registered care homes; %d clients, %d s warm-up, %d s measured%n",
                homes.size(), clients, warmup, seconds);

        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        int[] failures = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                // the demo market has reported for most homes: each client reads its homes' ETags before it starts
                String[] etags = new String[homes.size()];
                int i = client;
                java.util.Random random = new java.util.Random(client);
                try {
                    for (int h = client; h < homes.size(); h += clients) {
                        etags[h] = http.send(HttpRequest.newBuilder(URI.create(base + "/api/services/" + homes.get(h).id()
                                + "/vacancies")).build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag")
                                .orElseThrow();
                    }
                    ready.countDown();
                    while (!stop.get()) {
                        Home home = homes.get(i);
                        String etag = etags[i];
                        if (etag == null) {
                            etag = http.send(HttpRequest.newBuilder(URI.create(base + "/api/services/" + home.id() + "/vacancies")).build(),
                                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
                        }
                        int available = random.nextInt(Math.max(1, Math.min(home.beds(), 6)));
                        String body = "{\"beds\":[{\"type\":\"NURSING\",\"available\":" + available + ",\"held\":0,\"closed\":0}]}";
                        long start = System.nanoTime();
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/services/"
                                + home.id() + "/vacancies")).header("Authorization", "Bearer " + key);
                        HttpResponse<String> reply = http.send(readOnly ? request.GET().build()
                                        : request.header("Content-Type", "application/json").header("If-Match", etag)
                                                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (reply.statusCode() == 200) {
                            etags[i] = reply.headers().firstValue("ETag").orElseThrow();
                        } else {
                            etags[i] = null;
                        }
                        if (measuring.get()) {
                            if (reply.statusCode() == 200 && n < mine.length) {
                                mine[n++] = took;
                            } else if (reply.statusCode() != 200) {
                                failures[client]++;
                            }
                        }
                        i += clients;
                        if (i >= homes.size()) {
                            i = client;
                        }
                    }
                } catch (Exception e) {
                    System.err.println("client " + client + " stopped: " + e);
                } finally {
                    latencies[client] = Arrays.copyOf(mine, n);
                    counts[client] = n;
                    done.countDown();
                }
            }).start();
        }
        ready.await();
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long begin = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        stop.set(true);
        done.await();

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        int failed = Arrays.stream(failures).sum();
        System.out.printf("%s: %d in %.1f s = %.0f per second (%d refused)%n",
                readOnly ? "authenticated vacancy reads (for comparison)" : "vacancy updates accepted", all.length, elapsed,
                all.length / elapsed, failed);
        if (all.length > 0) {
            System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    all[all.length / 2] / 1e6, all[(int) (all.length * 0.9)] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    all[all.length - 1] / 1e6);
        }
    }
}
