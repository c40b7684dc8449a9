-- A start with a message (signal-with-start) under the fail conflict policy, or with
-- error-when-already-started, finds its ID running: the platform returns nil and an error and
-- the running workflow gets none of that start's messages.
local function refused(options)
  local pid, err = process.with_options(options):with_message("ping", {n = 2})
    :spawn("node:collect", "node:worker")
  assert(pid == nil, "no pid for a refused start, got " .. tostring(pid))
  assert(err ~= nil, "a refused start returns an error")
end

local function main()
  local first = process.with_name("collector-refuses"):with_message("ping", {n = 1})
    :spawn_monitored("node:collect", "node:worker")
  assert(process.inbox():receive():payload():data().n == 1)

  refused({["workflow.id"] = "collector-refuses", ["workflow.id_conflict_policy"] = "fail"})
  refused({["temporal.workflow.id"] = "collector-refuses",
    ["temporal.workflow.execution_error_when_already_started"] = true})

  process.send(first, "stop")
  local ev = process.events():receive()
  assert(ev.from == first)
  assert(#ev.result.value.got == 1, "messages of refused starts reached the run: "
    .. #ev.result.value.got)
  return true
end

return {main = main}
