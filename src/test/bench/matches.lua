-- wrk script for src/test/bench/matching.sh: GET the matches of the requests whose ids are in $BENCH_IDS, in turn.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/care-packages/" .. ids[(i % #ids) + 1] .. "/matches?limit=20",
    {["Authorization"] = "Bearer cm_demo_broker_leeds"})
end
