-- wrk script for the load benchmark (scripts/bench-load.sh): every request is a learner's
-- typical day, deflated, as the app uploads it, with that learner's bearer token.
-- Needs GW_LOAD_DIR (tokens.txt, body-<i>.bin from `bench_sync --prepare-load`).
local dir = os.getenv("GW_LOAD_DIR")
local tokens, bodies = {}, {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_index", counter)
end

function init(args)
  for line in io.lines(dir .. "/tokens.txt") do tokens[#tokens + 1] = line end
  local i = 0
  while true do
    local f = io.open(dir .. "/body-" .. i .. ".bin", "rb")
    if not f then break end
    bodies[#bodies + 1] = f:read("*a")
    f:close()
    i = i + 1
  end
  -- A run starts past the days earlier runs sent (GW_LOAD_START), so each request is a day the
  -- server has not seen until the bodies run out.
  next_body = (tonumber(os.getenv("GW_LOAD_START") or "0") + (thread_index or 1) - 1) % #bodies
end

function request()
  next_body = next_body % #bodies + 1
  local token = tokens[(next_body - 1) % #tokens + 1]
  return wrk.format("POST", "/v1/upload", {
    ["Content-Type"] = "application/x-protobuf",
    ["Content-Encoding"] = "deflate",
    ["Authorization"] = "Bearer " .. token,
  }, bodies[next_body])
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                 + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d status_errors=%d timeouts=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, summary.errors.status, summary.errors.timeout))
end
