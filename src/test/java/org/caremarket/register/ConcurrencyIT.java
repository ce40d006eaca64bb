package org.caremarket.register;

import static org.caremarket.Api.created;
import static org.caremarket.Api.get;
import static org.caremarket.Api.newProvider;
import static org.caremarket.Api.post;
import static org.caremarket.Api.put;
import static org.caremarket.Api.service;
import static org.caremarket.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caremarket.Api;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcurrencyIT {

    @Test
    @DisplayName("R2.6 of many writers holding the same ETag exactly one wins; the rest get 412 and nothing is lost")
    void oneWriterWins() throws Exception {
        String providerId = newProvider("Race " + unique());
        Api.Reply reply = post("/api/services", service(providerId, "Race " + unique()).build().toString());
        var original = created(reply);
        String url = reply.header("Location").orElseThrow();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int capacity = 50 + i;
            String body = service(providerId, original.getString("name"))
                    .add("cqcLocationId", original.getString("cqcLocationId")).add("capacity", capacity).build().toString();
            replies.add(pool.submit(() -> {
                start.await();
                return put(url, body, reply.etag());
            }));
        }
        start.countDown();
        int won = 0;
        int stale = 0;
        int winningCapacity = -1;
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get();
            if (r.status() == 200) {
                won++;
                winningCapacity = r.json().getJsonObject("capacity").getInt("amount");
            } else {
                r.problem(412);
                stale++;
            }
        }
        pool.shutdown();
        assertEquals(1, won, "exactly one writer wins");
        assertEquals(writers - 1, stale);
        assertEquals(winningCapacity, get(url).json().getJsonObject("capacity").getInt("amount"),
                "the stored record is the winner's");
    }
}
