-- Both directions: test code signals a workflow with its pid as sender; the workflow answers the
-- sender over the relay into this process's inbox.
local function main()
  local pid = process.spawn_monitored("node:collect", "node:worker")
  for n = 1, 3 do
    assert(process.send(pid, "ping", {n = n}) == true)
    local deadline = time.after("10s")
    local r = channel.select {process.inbox():case_receive(), deadline:case_receive()}
    assert(r.channel ~= deadline, "a pong for ping " .. n)
    local msg = r.value
    assert(msg:topic() == "pong", msg:topic())
    assert(msg:from() == pid, tostring(msg:from()))
    assert(msg:payload():data().n == n)
  end
  process.send(pid, "stop")
  local ev = process.events():receive()
  assert(ev.result.value.from == process.pid(), "the workflow saw this process as the sender")
  assert(#ev.result.value.got == 3)

  local ok, err = process.send(pid, "ping", {n = 4})
  assert(ok == nil and err:kind() == errors.NOT_FOUND, "a send to a closed run: NotFound")
  return true
end

return {main = main}
