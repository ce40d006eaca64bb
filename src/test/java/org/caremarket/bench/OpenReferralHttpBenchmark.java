package org.caremarket.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;

/**
 * The ORUK feed over HTTP against a running server (src/test/bench/oruk.sh starts one with the England-scale demo
 * market): many clients asking for {@code /oruk/services?page=N&per_page=50} at random pages (or, with mode
 * {@code near}, {@code /oruk/service_at_locations?postcode=P&proximity=10000} at real Leeds and Leicestershire
 * postcodes), then one client crawling every page of {@code /oruk/services} as the national validator's paging
 * does, at the default page size. Not a test: it prints figures.
 */
public final class OpenReferralHttpBenchmark {

    private OpenReferralHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:19280";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        String mode = args.length > 4 ? args[4] : "pages";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        int pages = jakarta.json.Json.createReader(new StringReader(get(http, base + "/oruk/services?per_page=50").body()))
                .readObject().getInt("total_pages");
        List<String> urls = new ArrayList<>();
        Random random = new Random(20261205);
        if (mode.equals("near")) {
            Geocoder geocoder = Geocoder.standalone(new Councils());
            List<String> postcodes = new ArrayList<>();
            for (String district : geocoder.districts()) {
                if (district.matches("^(LS|LE)\\d+$")) {
                    geocoder.postcodesIn(district).forEach(p -> postcodes.add(p.toString()));
                }
            }
            for (int i = 0; i < 2000; i++) {
                urls.add(base + "/oruk/service_at_locations?postcode=" + URLEncoder.encode(postcodes.get(random.nextInt(
                        postcodes.size())), StandardCharsets.UTF_8) + "&proximity=10000");
            }
        } else {
            for (int i = 0; i < 2000; i++) {
                urls.add(base + "/oruk/services?page=" + (1 + random.nextInt(pages)) + "&per_page=50");
            }
        }
        System.out.printf("%d pages of /oruk/services at per_page=50; %d clients asking for %s, %d s warm-up, %d s measured%n",
                pages, clients, mode.equals("near") ? "/oruk/service_at_locations?postcode=P&proximity=10000"
                        : "/oruk/services?page=N&per_page=50", warmup, seconds);

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
                        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(urls.get(i % urls.size())))
                                .build(), HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (measuring.get()) {
                            if (reply.statusCode() == 200 && n < mine.length) {
                                mine[n++] = took;
                                bytes[client] += reply.body().length;
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
        System.out.printf("pages over HTTP: %d in %.1f s = %.0f per second (%d failed)%n", all.length, elapsed,
                all.length / elapsed, Arrays.stream(failures).sum());
        if (all.length > 0) {
            System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f KB a page%n",
                    all[all.length / 2] / 1e6, all[(int) (all.length * 0.9)] / 1e6, all[(int) (all.length * 0.99)] / 1e6,
                    all[all.length - 1] / 1e6, Arrays.stream(bytes).sum() / 1e3 / all.length);
        }

        long crawl = System.nanoTime();
        long crawled = 0;
        int fetched = 0;
        for (int p = 1; ; p++) {
            HttpResponse<String> page = get(http, base + "/oruk/services?page=" + p);
            if (page.statusCode() != 200) {
                throw new IllegalStateException("page " + p + ": " + page.statusCode());
            }
            crawled += page.body().length();
            fetched++;
            if (page.body().contains("\"last_page\":true")) {
                break;
            }
        }
        System.out.printf("full crawl of /oruk/services, one client, default page size (50): %d pages, %.1f MB in %.1f s%n",
                fetched, crawled / 1e6, (System.nanoTime() - crawl) / 1e9);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
