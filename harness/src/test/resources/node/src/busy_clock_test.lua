-- Virtual time does not pass while a regular process runs Lua, however long it takes in real
-- time (a loaded machine): the busy process's answer comes before this one-second deadline.
local function main()
  local pid = process.spawn("node:busy_process", "node:host", process.pid(), 3)
  local deadline = time.after("1s")
  local r = channel.select {process.inbox():case_receive(), deadline:case_receive()}
  assert(r.channel ~= deadline, "the deadline passed while " .. pid .. " was running")
  assert(r.value:topic() == "done")
  return true
end

return {main = main}
