-- with_name on the plain host: the process is registered under the name; a second spawn while
-- the name is taken hands its messages to the holder and returns the holder's pid.
local function main()
  local pid, err = process.with_options({}):with_name("collector-1"):with_message("first", 1)
    :spawn_monitored("node:collector", "node:host", 2)
  assert(err == nil, tostring(err))
  assert(process.registry.lookup("collector-1") == pid)
  local again = process.with_options({}):with_name("collector-1"):with_message("second", 2)
    :spawn("node:collector", "node:host", 2)
  assert(again == pid, "the holder's pid: " .. tostring(again))
  local deadline = time.after("10s")
  while true do
    local r = channel.select {process.events():case_receive(), deadline:case_receive()}
    assert(r.channel ~= deadline, "the collector's exit")
    if r.value.from == pid and r.value.kind == process.event.EXIT then
      local topics = r.value.result.value
      assert(topics[1] == "first" and topics[2] == "second", tostring(topics[1]) .. "," .. tostring(topics[2]))
      break
    end
  end
  assert(process.registry.lookup("collector-1") == nil, "the name is released on exit")
  return true
end

return {main = main}
