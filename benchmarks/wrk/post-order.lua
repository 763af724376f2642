-- wrk script for POST /orders: posts the JSON file given after `--` (the benchmark's order.json).
-- wrk calls init() in every thread before it formats the request, so the body is read once per thread.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function init(args)
  local file = assert(io.open(args[1], "rb"), "usage: wrk ... -s post-order.lua URL -- path/to/order.json")
  wrk.body = file:read("*a")
  file:close()
end
