-- process.lua entries the tests spawn: each runs as a regular process of the node.

local function double(n)
  return n * 2
end

local function fail_raise(why)
  error("refused: " .. tostring(why))
end

local function fail_return(why)
  return false, "declined: " .. tostring(why)
end

-- Answers one "echo" message to its sender, then returns what it echoed.
local function echo()
  local msg = process.inbox():receive()
  process.send(msg:from(), "echoed", {text = msg:payload():data().text, by = process.pid()})
  return msg:payload():data().text
end

-- Counts what arrives on its listened topic ("counted", raw payloads) and in its inbox until "done".
-- It listens first: a message that waits for a subscriber goes to the first that takes its topic.
local function sorter()
  local counted = process.listen("counted")
  local inbox = process.inbox()
  local listened, boxed = {}, {}
  while true do
    local r = channel.select {counted:case_receive(), inbox:case_receive()}
    if r.channel == counted then
      table.insert(listened, r.value.n)
    else
      local msg = r.value
      if msg:topic() == "done" then
        return {listened = listened, boxed = boxed}
      end
      table.insert(boxed, msg:topic())
    end
  end
end

-- Waits for one lifecycle event and returns its fields.
local function waiter()
  local ev = process.events():receive()
  return {kind = ev.kind, from = ev.from, reason = ev.reason, has_at = ev.at ~= nil}
end

-- Links to a child that fails; with trap_links it hears LINK_DOWN, without it dies.
local function linker(trap)
  process.set_options({trap_links = trap})
  local events = process.events()
  local child = process.spawn_linked("procs:fail_raise", "procs:host", "linked")
  local ev = events:receive()
  return {kind = ev.kind, from_child = ev.from == child, error = tostring(ev.result.error)}
end

-- A normal exit of a linked process sends nothing: the first event is the monitored one's EXIT.
local function quiet_link()
  local events = process.events()
  process.spawn_linked("procs:double", "procs:host", 1)
  local watched = process.spawn_monitored("procs:double", "procs:host", 2)
  local ev = events:receive()
  return {first_is_watched = ev.from == watched, kind = ev.kind, value = ev.result.value}
end

-- Registers the name it is sent, confirms, then echoes "hello" messages until canceled.
local function named()
  local inbox, events = process.inbox(), process.events()
  local msg = inbox:receive()
  local name = msg:payload():data().name
  local ok, err = process.registry.register(name)
  process.send(msg:from(), "registered", {ok = ok, err = err and tostring(err)})
  while true do
    local r = channel.select {inbox:case_receive(), events:case_receive()}
    if r.channel == events then
      return "canceled"
    end
    process.send(r.value:from(), "hello_back", r.value:payload():data())
  end
end

-- Its ctx, what a function it calls sees, and what a process it execs sees.
local function ctx_reader()
  local called = funcs.call("procs:ctx_of", "tenant")
  local child = process.exec("procs:ctx_child", "procs:host")
  return {mine = ctx.get("tenant"), called = called, child = child, id = process.id()}
end

local function ctx_child()
  return ctx.get("tenant")
end

-- Plays ping-pong with a workflow: both directions between a regular process and a workflow.
local function pinger()
  local wf = process.spawn_monitored("procs:collect", "procs:worker")
  process.send(wf, "ping", {n = 7})
  local pong = process.inbox():receive()
  process.send(wf, "stop")
  local ev = process.events():receive()
  return {pong_from_wf = pong:from() == wf, n = pong:payload():data().n,
    wf_saw = ev.result.value.from == process.pid()}
end

-- Sleeps an hour of virtual time.
local function sleeper()
  time.sleep("1h")
  return "rested"
end

return {double = double, fail_raise = fail_raise, fail_return = fail_return, echo = echo,
  sorter = sorter, waiter = waiter, linker = linker, quiet_link = quiet_link, named = named,
  ctx_reader = ctx_reader, ctx_child = ctx_child, pinger = pinger, sleeper = sleeper}
