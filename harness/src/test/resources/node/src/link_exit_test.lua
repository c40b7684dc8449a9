-- A link tells of a normal exit with EXIT and of a failure with LINK_DOWN (with trap_links).
local function event_from(pid)
  local deadline = time.after("10s")
  while true do
    local r = channel.select {process.events():case_receive(), deadline:case_receive()}
    if r.channel == deadline then
      error("no event from " .. pid)
    end
    if r.value.from == pid then
      return r.value
    end
  end
end

local function main()
  local ok = process.set_options({trap_links = true})
  assert(ok == true)
  assert(process.get_options().trap_links == true)

  local pid = process.spawn_linked("node:greet", "node:worker", {name = "cy"})
  assert(event_from(pid).kind == process.event.EXIT)

  local failing = process.spawn("node:fail", "node:worker", {name = "dee"})
  assert(process.link(failing) == true)
  local down = event_from(failing)
  assert(down.kind == process.event.LINK_DOWN, down.kind)
  assert(down.result.error ~= nil)
  return true
end

return {main = main}
