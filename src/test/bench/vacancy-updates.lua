-- wrk script for src/test/bench/vacancy-updates.sh with BENCH_CLIENT=wrk: each wrk thread replaces the vacancy reports
-- of its own share of the care homes in $BENCH_HOMES ("id beds" lines) in turn, with If-Match from the ETag of the
-- home's last answer; a home whose ETag it does not know yet (at the start, or after a 412) it reads first. Accepted
-- updates (200 to a PUT) are counted apart from reads, and only after $BENCH_WARMUP seconds.
local threads = {}
local made = 0

setup = function(thread)
  thread:set("tid", made)
  made = made + 1
  table.insert(threads, thread)
end

init = function(args)
  homes, beds, etags, sent = {}, {}, {}, {}
  local count, n = tonumber(os.getenv("BENCH_THREADS")), 0
  for line in io.lines(os.getenv("BENCH_HOMES")) do
    local id, b = string.match(line, "(%S+)%s+(%d+)")
    if n % count == tid then
      homes[#homes + 1] = id
      beds[id] = tonumber(b)
    end
    n = n + 1
  end
  i, updates, refused, reads, failed = 0, 0, 0, 0, 0
  key = "Bearer " .. (os.getenv("BENCH_KEY") or "cm_demo_admin")
  started = os.time()
  from = started + tonumber(os.getenv("BENCH_WARMUP") or "180")
  tens = {}
  math.randomseed(tid + 1)
end

request = function()
  for _ = 1, #homes do
    i = i % #homes + 1
    local id = homes[i]
    if sent[id] == nil then
      local path = "/api/services/" .. id .. "/vacancies"
      if etags[id] == nil then
        sent[id] = "GET"
        return wrk.format("GET", path, {["Authorization"] = key})
      end
      sent[id] = "PUT"
      local available = math.random(0, math.max(0, math.min(beds[id], 6) - 1))
      return wrk.format("PUT", path, {["Authorization"] = key, ["Content-Type"] = "application/json",
        ["If-Match"] = etags[id]},
        '{"beds":[{"type":"NURSING","available":' .. available .. ',"held":0,"closed":0}]}')
    end
  end
  return wrk.format("GET", "/health/live")
end

response = function(status, headers, body)
  local id = string.match(body, '"serviceId":"([^"]+)"') or string.match(body, '/api/services/([^/"]+)/vacancies')
  if id == nil or sent[id] == nil then
    return
  end
  local what = sent[id]
  sent[id] = nil
  etags[id] = status == 200 and (headers["ETag"] or headers["Etag"]) or nil
  if what == "PUT" and status == 200 then
    local ten = math.floor((os.time() - started) / 10) + 1
    tens[ten] = (tens[ten] or 0) + 1
  end
  if os.time() < from then
    return
  end
  if what == "GET" then
    reads = reads + 1
  elseif status == 200 then
    updates = updates + 1
  elseif status == 412 then
    refused = refused + 1
  else
    failed = failed + 1
  end
end

done = function(summary, latency, requests)
  local u, r, g, f = 0, 0, 0, 0
  local each, last = {}, 0
  for _, t in ipairs(threads) do
    u, r, g, f = u + t:get("updates"), r + t:get("refused"), g + t:get("reads"), f + t:get("failed")
    for ten, n in pairs(t:get("tens")) do
      each[ten] = (each[ten] or 0) + n
      last = math.max(last, ten)
    end
  end
  local line = {}
  for ten = 1, last do
    line[#line + 1] = string.format("%.0f", (each[ten] or 0) / 10)
  end
  io.write("updates per second in each 10 s from the start, warm-up included: " .. table.concat(line, " ") .. "\n")
  local measured = summary.duration / 1e6 - tonumber(os.getenv("BENCH_WARMUP") or "180")
  io.write(string.format("vacancy updates accepted (wrk): %d in %.1f s = %.0f per second (%d refused with 412, %d failed, %d reads)\n",
    u, measured, u / measured, r, f, g))
  io.write(string.format("latency over the whole run, warm-up included: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
