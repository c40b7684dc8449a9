-- An explicit workflow ID that is running already: the platform uses the existing run by default;
-- with_message starts with a message (signal-with-start) into the same run.
local function main()
  local first = process.with_name("collector-1"):spawn_monitored("node:collect", "node:worker")
  local again, err = process.with_name("collector-1"):spawn("node:collect", "node:worker")
  assert(err == nil, tostring(err))
  assert(again == first, again .. " ~= " .. first)

  local same = process.with_name("collector-1"):with_message("ping", {n = 7})
    :spawn("node:collect", "node:worker")
  assert(same == first)
  local pong = process.inbox():receive()
  assert(pong:topic() == "pong" and pong:payload():data().n == 7)

  local fails, conflict = process
    .with_options({["workflow.id"] = "collector-1", ["workflow.id_conflict_policy"] = "fail"})
    :spawn("node:collect", "node:worker")
  assert(fails == nil and conflict ~= nil, "the fail policy refuses a running ID")

  process.send(first, "stop")
  assert(process.events():receive().from == first)
  return true
end

return {main = main}
