-- spawn_monitored and monitor: EXIT with the result, or with the error of a failed run.
local function exit_of(pid)
  local deadline = time.after("10s")
  while true do
    local r = channel.select {process.events():case_receive(), deadline:case_receive()}
    if r.channel == deadline then
      error("no EXIT from " .. pid)
    end
    if r.value.from == pid then
      return r.value
    end
  end
end

local function main()
  local pid, err = process.spawn_monitored("node:greet", "node:worker", {name = "ann"})
  assert(err == nil, tostring(err))
  assert(pid:find("^{node:client@node:worker|"), pid)
  local ev = exit_of(pid)
  assert(ev.kind == process.event.EXIT, ev.kind)
  assert(ev.result.error == nil)
  assert(ev.result.value.message == "hello ann", ev.result.value.message)

  local failing = process.spawn("node:fail", "node:worker", {name = "bob"})
  assert(process.monitor(failing) == true)
  local failed = exit_of(failing)
  assert(failed.result.error ~= nil, "a failed run's EXIT carries its error")
  assert(tostring(failed.result.error):find("refused bob"), tostring(failed.result.error))
  return true
end

return {main = main}
