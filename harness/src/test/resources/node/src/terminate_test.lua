-- terminate ends a run that would wait for ten days; its watcher gets EXIT with an error, at once.
local function main()
  local started = time.now()
  local pid = process.spawn_monitored("node:wait_forever", "node:worker")
  local ok, err = process.terminate(pid)
  assert(ok == true, tostring(err))
  local deadline = time.after("1h")
  local r = channel.select {process.events():case_receive(), deadline:case_receive()}
  assert(r.channel ~= deadline, "EXIT before the deadline")
  assert(r.value.from == pid and r.value.kind == process.event.EXIT)
  assert(r.value.result.error ~= nil, "a terminated run exits with an error")

  local gone, gone_err = process.terminate("{node:client@node:worker|no-such-run}")
  assert(gone == nil and gone_err:kind() == errors.NOT_FOUND, tostring(gone_err))
  return true
end

return {main = main}
