-- A workflow's process.cancel of a workflow that does not exist returns nil and NotFound (the
-- in-memory server never answers such a cancel: the run used to wait forever); of a running one,
-- true.
local function exit_of(pid)
  local events = process.events()
  local deadline = time.after("10s")
  while true do
    local r = channel.select {events:case_receive(), deadline:case_receive()}
    assert(r.channel ~= deadline, "an exit from " .. pid)
    if r.value.from == pid and r.value.kind == process.event.EXIT then
      return r.value.result.value
    end
  end
end

local function main()
  local pid = process.spawn_monitored("node:cancel_other", "node:worker",
    {pid = "{client@node:worker|no-such-run}"})
  local missing = exit_of(pid)
  assert(missing.ok == nil and missing.kind == errors.NOT_FOUND, tostring(missing.err))

  local sleeper = process.spawn("node:wait_forever", "node:worker")
  pid = process.spawn_monitored("node:cancel_other", "node:worker", {pid = sleeper})
  local running = exit_of(pid)
  assert(running.ok == true, tostring(running.err))
  process.terminate(sleeper)
  return true
end

return {main = main}
