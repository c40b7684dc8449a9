-- One workflow sends to another; test code monitors both and waits for both exits under a
-- deadline. The first exit must not move the virtual clock: reading it while the other run's
-- workflow task is in flight once let the in-memory server skip to that task's 10 s timeout.
local function main()
  local events = process.events()
  local receiver = process.spawn_monitored("node:receive_one", "node:worker")
  time.sleep("100ms") -- the receiver is waiting on its inbox, idle, when the sender starts
  local sender = process.spawn_monitored("node:send_to", "node:worker",
    {to = receiver, topic = "note", data = {n = 5}})
  local exits = {}
  local deadline = time.after("5s")
  while not (exits[receiver] and exits[sender]) do
    local r = channel.select {events:case_receive(), deadline:case_receive()}
    assert(r.channel ~= deadline, "both exits before the deadline")
    exits[r.value.from] = r.value
  end
  assert(exits[sender].result.value.ok == true)
  local got = exits[receiver].result.value
  assert(got.topic == "note" and got.data.n == 5, "the receiver got the message")
  assert(got.from == sender, "the sender's pid: " .. tostring(got.from))
  return true
end

return {main = main}
