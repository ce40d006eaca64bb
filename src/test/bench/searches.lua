-- wrk script for src/test/bench/assistants.sh: GET the PA searches listed in $BENCH_URLS, in turn, as the demo PERSON.
local urls = {}
for line in io.lines(os.getenv("BENCH_URLS")) do urls[#urls + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", urls[(i % #urls) + 1], {["Authorization"] = "Bearer cm_demo_person"})
end
response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
