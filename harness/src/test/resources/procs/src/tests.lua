-- Test code (a regular process) spawning process.lua entries as processes of their own.

local function exit_event(events, pid)
  local ev = events:receive()
  assert(ev.kind == process.event.EXIT, "EXIT, got " .. tostring(ev.kind))
  assert(ev.from == pid, "from " .. pid .. ", got " .. tostring(ev.from))
  return ev
end

local function spawn_and_exec()
  assert(process.exec("procs:double", "procs:host", 21) == 42, "exec returns the method's value")
  local v, err = process.exec("procs:fail_return", "procs:host", "x")
  assert(v == nil and tostring(err):find("declined: x"), "return false, why: " .. tostring(err))
  local events = process.events()
  local pid = process.spawn_monitored("procs:double", "procs:host", 5)
  assert(type(pid) == "string" and pid ~= process.pid())
  assert(exit_event(events, pid).result.value == 10)
  local bad = process.spawn_monitored("procs:fail_raise", "procs:host", "y")
  local ev = exit_event(events, bad)
  assert(ev.result.error ~= nil and tostring(ev.result.error):find("refused: y"),
    tostring(ev.result.error))
  local none, missing = process.spawn("procs:nope", "procs:host")
  assert(none == nil and missing:kind() == errors.NOT_FOUND)
  return true
end

local function messages_both_ways()
  local events, inbox = process.events(), process.inbox()
  local pid = process.spawn_monitored("procs:echo", "procs:host")
  assert(process.send(pid, "echo", {text = "hi"}) == true)
  local msg = inbox:receive()
  assert(msg:topic() == "echoed" and msg:from() == pid)
  assert(msg:payload():data().text == "hi" and msg:payload():data().by == pid)
  assert(exit_event(events, pid).result.value == "hi")
  local ok, err = process.send(pid, "echo", {text = "late"})
  assert(ok == nil and err:kind() == errors.NOT_FOUND, "a send to an ended process: NotFound")

  local pinger = process.spawn_monitored("procs:pinger", "procs:host")
  local r = exit_event(events, pinger).result
  assert(r.error == nil, tostring(r.error))
  assert(r.value.pong_from_wf and r.value.n == 7 and r.value.wf_saw,
    "a process and a workflow message each other with their pids")
  return true
end

local function inbox_and_listen()
  local events = process.events()
  local pid = process.spawn_monitored("procs:sorter", "procs:host")
  -- Sent before the worker subscribes: each waits for its subscriber.
  process.send(pid, "counted", {n = 1})
  process.send(pid, "other", {})
  process.send(pid, "counted", {n = 2})
  process.send(pid, "done")
  local v = exit_event(events, pid).result.value
  assert(#v.listened == 2 and v.listened[1] == 1 and v.listened[2] == 2, "the listened topic")
  assert(#v.boxed == 1 and v.boxed[1] == "other", "other topics fall back to the inbox")
  return true
end

local function monitors()
  local events = process.events()
  local quiet = process.spawn("procs:waiter", "procs:host")
  assert(process.monitor(quiet) == true)
  assert(process.unmonitor(quiet) == true)
  process.cancel(quiet)
  local watched = process.spawn("procs:double", "procs:host", 3)
  -- It may have ended already: monitoring an ended process fails with NotFound.
  local ok, err = process.monitor(watched)
  if ok then
    assert(exit_event(events, watched).result.value == 6, "the first EXIT is the monitored one")
  else
    assert(err:kind() == errors.NOT_FOUND)
  end
  local last = process.spawn_monitored("procs:double", "procs:host", 4)
  assert(exit_event(events, last).result.value == 8, "no EXIT from the unmonitored process")
  return true
end

local function links()
  local events = process.events()
  local trapping = process.spawn_monitored("procs:linker", "procs:host", true)
  local v = exit_event(events, trapping).result.value
  assert(v.kind == process.event.LINK_DOWN and v.from_child, "trap_links: LINK_DOWN")
  assert(v.error:find("refused: linked"), v.error)
  local dying = process.spawn_monitored("procs:linker", "procs:host", false)
  local ev = exit_event(events, dying)
  assert(ev.result.error ~= nil and tostring(ev.result.error):find("linked process"),
    "without trap_links a failed link kills: " .. tostring(ev.result.error))
  local quiet = process.spawn_monitored("procs:quiet_link", "procs:host")
  local q = exit_event(events, quiet).result.value
  assert(q.first_is_watched and q.kind == process.event.EXIT and q.value == 4,
    "a normal exit of a linked process sends nothing")
  assert(process.get_options().trap_links == false)
  assert(process.set_options({trap_links = true}) == true)
  assert(process.get_options().trap_links == true)
  return true
end

local function terminate()
  local events = process.events()
  local pid = process.spawn_monitored("procs:waiter", "procs:host")
  assert(process.terminate(pid) == true)
  local ev = exit_event(events, pid)
  assert(tostring(ev.result.error):find("process terminated"), tostring(ev.result.error))
  local ok, err = process.send(pid, "x")
  assert(ok == nil and tostring(err):find("not found"))
  return true
end

local function cancel()
  local events = process.events()
  local pid = process.spawn_monitored("procs:waiter", "procs:host")
  assert(process.cancel(pid, "enough") == true)
  local v = exit_event(events, pid).result.value
  assert(v.kind == process.event.CANCEL, tostring(v.kind))
  assert(v.from == process.pid(), "the cancel comes from its sender")
  assert(v.reason == "enough" and v.has_at)
  return true
end

local function registry()
  local name = "procs-registry"
  assert(process.registry.register(name) == true)
  assert(process.registry.lookup(name) == process.pid(), "register defaults to the caller")
  assert(process.registry.unregister(name) == true)
  assert(process.registry.unregister(name) == false)
  local gone, err = process.registry.lookup(name)
  assert(gone == nil and err ~= nil)

  local events, inbox = process.events(), process.inbox()
  local pid = process.spawn_monitored("procs:named", "procs:host")
  process.send(pid, "register", {name = "svc"})
  local msg = inbox:receive()
  assert(msg:topic() == "registered" and msg:payload():data().ok == true)
  local _, taken = process.registry.register("svc")
  assert(taken:kind() == errors.ALREADY_EXISTS, "a name another process holds")
  assert(process.send("svc", "hello", {n = 1}) == true, "a send to a registered name")
  local back = inbox:receive()
  assert(back:topic() == "hello_back" and back:from() == pid)
  process.cancel("svc")
  assert(exit_event(events, pid).result.value == "canceled")
  local released = process.registry.lookup("svc")
  assert(released == nil, "an ended process's names are released")
  local ok = process.send("svc", "hello")
  assert(ok == nil)
  return true
end

local function ctx_propagation()
  local v = process.with_context({tenant = "acme"}):exec("procs:ctx_reader", "procs:host")
  assert(v.mine == "acme", "the spawner's ctx")
  assert(v.called == "acme", "inherited by a function it calls")
  assert(v.child == "acme", "inherited by a process it starts")
  assert(v.id == "procs:ctx_reader", "process.id() names its entry")
  return true
end

local function virtual_time()
  local events = process.events()
  local pid = process.spawn_monitored("procs:sleeper", "procs:host")
  local deadline = time.after("2h")
  local r = channel.select {events:case_receive(), deadline:case_receive()}
  assert(r.channel == events, "the hour passes in virtual time, before the deadline")
  assert(r.value.from == pid and r.value.result.value == "rested")
  return true
end

return {spawn_and_exec = spawn_and_exec, messages_both_ways = messages_both_ways,
  inbox_and_listen = inbox_and_listen, monitors = monitors, links = links,
  terminate = terminate, cancel = cancel, registry = registry,
  ctx_propagation = ctx_propagation, virtual_time = virtual_time}
