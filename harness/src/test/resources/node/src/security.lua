-- What running code sees of its actor and scope, in each context that runs it.

local function whoami()
  local actor = security.actor()
  local scope = security.scope()
  return {
    actor = actor and actor:id(),
    tier = actor and actor:meta().tier,
    scoped = scope ~= nil,
    policies = scope and #scope:policies() or 0,
    read = security.can("read", "doc:1"),
    write = security.can("write", "doc:1"),
    secret = security.can("read", "secret:1"),
    hidden = ctx.all()["wippy.security.actor"] == nil,
  }
end

-- A workflow: itself, and the activity it calls.
local function whoami_flow()
  local activity, err = funcs.call("node:whoami")
  return {mine = whoami(), activity = activity, err = err and tostring(err)}
end

-- A process that spawns another plainly: the child inherits the actor and the scope.
local function relay_process()
  local events = process.events()
  local child = process.spawn_monitored("node:whoami_process", "node:host")
  local deadline = time.after("10s")
  while true do
    local r = channel.select {events:case_receive(), deadline:case_receive()}
    if r.channel == deadline then
      return nil, "no exit from the child"
    end
    if r.value.from == child and r.value.kind == process.event.EXIT then
      return r.value.result.value
    end
  end
end

-- Keeps its thread busy for a while of real time (a slow machine), then answers its parent.
local function busy(parent, seconds)
  local started = os.clock()
  local n = 0
  while os.clock() - started < seconds do
    n = n + 1
  end
  process.send(parent, "done", n > 0)
end

return {busy = busy, whoami = whoami, whoami_flow = whoami_flow, relay_process = relay_process}
