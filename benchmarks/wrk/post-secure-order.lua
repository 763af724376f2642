-- wrk script for POST /secure/orders: posts the JSON file given after `--` with the bearer token given next.
--   wrk ... -s post-secure-order.lua http://127.0.0.1:8090/secure/orders -- path/to/order.json <token>
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function init(args)
  local file = assert(io.open(args[1], "rb"), "usage: wrk ... -s post-secure-order.lua URL -- order.json token")
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Authorization"] = "Bearer " .. assert(args[2], "the bearer token is missing")
end
