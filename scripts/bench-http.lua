-- wrk script for scripts/bench-http: cycles through the queries of QUERIES (id TAB query per
-- line), each URL-encoded into /api/v1/search?q=…; every thread starts at a different query.
local queries = {}
local file = os.getenv("QUERIES") or "../shared/data/queries/miracl-ar-dev.tsv"
-- Extra query parameters for every request (e.g. EXTRA="&facets=false" to time search alone).
local extra = os.getenv("EXTRA") or ""

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

for line in io.lines(file) do
  local q = line:match("^[^\t]*\t(.*)$")
  if q and #q > 0 then queries[#queries + 1] = "/api/v1/search?limit=10" .. extra .. "&q=" .. urlencode(q) end
end

local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 997)
  threads = threads + 1
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", queries[(counter % #queries) + 1])
end

local non200 = 0
function response(status, headers, body)
  if status ~= 200 and status ~= 400 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("queries=%d requests=%d errors_non2xx=%d req_per_s=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    #queries, summary.requests, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
