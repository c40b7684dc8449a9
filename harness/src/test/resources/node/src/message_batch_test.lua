-- Several messages reach a workflow in one workflow task (three with the start, "done" right
-- after): the coroutine they wake runs through its sends to this process without another
-- coroutine running in between, so "done" cannot overtake the adds sent before it.
local function main()
  local pid, err = process.with_message("add", {n = 2}):with_message("add", {n = 1})
    :with_message("add", {n = 4}):spawn_monitored("node:tally", "node:worker")
  assert(err == nil, tostring(err))
  assert(process.send(pid, "done", {}) == true)
  local deadline = time.after("10s")
  while true do
    local r = channel.select {process.events():case_receive(), deadline:case_receive()}
    assert(r.channel ~= deadline, "the tally's exit")
    if r.value.from == pid and r.value.kind == process.event.EXIT then
      local value = r.value.result.value
      assert(value ~= nil, tostring(r.value.result.error))
      assert(value.seen == 3, "adds handled before done: " .. tostring(value.seen))
      assert(value.total == 7, "total " .. tostring(value.total))
      return true
    end
  end
end

return {main = main}
