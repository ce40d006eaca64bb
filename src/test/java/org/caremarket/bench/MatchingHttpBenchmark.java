package org.caremarket.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Postcode;

/**
 * Matches per second over HTTP: a running server with the England-scale market, a Leeds broker's
 * requests at real Leeds and Leicestershire postcodes (dementia nursing beds, residential beds,
 * homecare), and many clients asking for each request's top 20 with explanations and exclusion
 * counts. Not a test: it prints figures. Run it with {@code src/test/bench/matching.sh}. Given a sixth argument (a
 * file), it only makes the requests and writes their ids there, for another load generator (wrk).
 */
public final class MatchingHttpBenchmark {

    private MatchingHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:19280";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String key = args.length > 4 ? args[4] : "cm_demo_broker_leeds";
        String idsFile = args.length > 5 ? args[5] : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Geocoder geocoder = Geocoder.standalone(new Councils());
        List<Postcode> postcodes = new ArrayList<>();
        for (String district : geocoder.districts()) {
            if (district.matches("^(LS|LE)\\d+$")) {
                postcodes.addAll(geocoder.postcodesIn(district));
            }
        }
        Random random = new Random(20261124);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> packages = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String postcode = postcodes.get(random.nextInt(postcodes.size())).toString();
            int kind = random.nextInt(10);
            String needs = kind < 4 ? "{\"bedType\":\"NURSING_DEMENTIA\",\"specialisms\":[\"DEMENTIA\"]}"
                    : kind < 7 ? "{\"bedType\":\"RESIDENTIAL\"}"
                    : "{\"visits\":[{\"timeBand\":\"MORNING\",\"days\":\"WEEKDAYS\",\"hoursPerWeek\":7},"
                            + "{\"timeBand\":\"BED\",\"days\":\"WEEKDAYS\",\"hoursPerWeek\":3}]}";
            String body = "{\"kind\":\"" + (kind < 4 ? "CARE_HOME_NURSING" : kind < 7 ? "CARE_HOME_RESIDENTIAL" : "HOMECARE")
                    + "\",\"postcode\":\"" + postcode + "\",\"startDate\":\"" + today + "\",\"urgency\":\"HOSPITAL_DISCHARGE\","
                    + "\"funding\":\"COUNCIL_ARRANGED\",\"needs\":" + needs
                    + (kind < 7 ? ",\"priceCap\":" + (kind < 4 ? 1400 : 1000) : "") + "}";
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/care-packages"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 201) {
                throw new IllegalStateException("request " + reply.statusCode() + ": " + reply.body());
            }
            packages.add(jakarta.json.Json.createReader(new StringReader(reply.body())).readObject().getString("id"));
        }
        if (idsFile != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(idsFile), packages);
            System.out.printf("%d care-package requests made; their ids are in %s%n", packages.size(), idsFile);
            return;
        }
        System.out.printf("%d care-package requests made; %d clients, %d s warm-up, %d s measured%n", packages.size(),
                clients, warmup, seconds);

        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] latencies = new long[clients][];
        int[] failures = new int[clients];
        long[] bytes = new long[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                long[] mine = new long[1 << 21];
                int n = 0;
                int i = client;
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/care-packages/"
                                        + packages.get(i % packages.size()) + "/matches?limit=20"))
                                .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - start;
                        if (measuring.get()) {
                            if (reply.statusCode() == 200 && n < mine.length) {
                                mine[n++] = took;
                                bytes[client] += reply.body().length();
                            } else if (reply.statusCode() != 200) {
                                failures[client]++;
                            }
                        }
                        i += clients;
                    }
                } catch (Exception e) {
                    System.err.println("client " + client + " stopped: " + e);
                } finally {
                    latencies[client] = Arrays.copyOf(mine, n);
                    done.countDown();
                }
            }).start();
        }
        Thread.sleep(warmup * 1000L);
        measuring.set(true);
        long begin = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        stop.set(true);
        done.await();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("matches over HTTP (top 20, explanations, exclusion counts): %d in %.1f s = %.0f per second (%d failed)%n",
                all.length, elapsed, all.length / elapsed, Arrays.stream(failures).sum());
        if (all.length > 0) {
            System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f KB a response%n",
                    all[all.length / 2] / 1e6, all[(int) (all.length * 0.9)] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    all[all.length - 1] / 1e6, Arrays.stream(bytes).sum() / 1e3 / all.length);
        }
    }
}
