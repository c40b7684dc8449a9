-- security: actors, scopes and the project's policies; the actor and scope a spawner or an
-- executor gives reach functions, processes (and what they spawn), workflows and activities.
local function exit_of(pid)
  local events = process.events()
  local deadline = time.after("10s")
  while true do
    local r = channel.select {events:case_receive(), deadline:case_receive()}
    assert(r.channel ~= deadline, "an exit from " .. pid)
    if r.value.from == pid and r.value.kind == process.event.EXIT then
      assert(r.value.result.error == nil, tostring(r.value.result.error))
      return r.value.result.value
    end
  end
end

local function main()
  local ann = security.new_actor("ann", {tier = "vip"})
  local bob = security.new_actor("bob", {tier = "basic"})
  assert(ann:id() == "ann" and ann:meta().tier == "vip")

  local readers, err = security.named_scope("node:readers")
  assert(err == nil, tostring(err))
  assert(#readers:policies() == 2)
  assert(readers:contains("node:readers_policy"))
  assert(readers:contains({ns = "node", name = "no_secrets"}))
  assert(readers:evaluate(ann, "read", "doc:1") == "allow")
  assert(readers:evaluate(ann, "read", "secret:1") == "deny", "a deny wins")
  assert(readers:evaluate(ann, "write", "doc:1") == "undefined")
  assert(security.new_scope():evaluate(ann, "read", "doc:1") == "undefined")

  local vip, verr = security.policy("node:vip_writes")
  assert(verr == nil, tostring(verr))
  assert(vip:id() == "node:vip_writes")
  assert(vip:evaluate(ann, "write", "doc:1") == "allow")
  assert(vip:evaluate(bob, "write", "doc:1") == "undefined", "its condition fails for bob")
  local writers = readers:with(vip):without("node:no_secrets")
  assert(#writers:policies() == 2 and not writers:contains("node:no_secrets"))
  assert(#readers:policies() == 2, "with/without make new scopes")
  assert(#security.new_scope({vip}):policies() == 1)

  local none, nerr = security.policy("node:nope")
  assert(none == nil and nerr:kind() == errors.INTERNAL)
  local group, gerr = security.named_scope("node:nobody")
  assert(group == nil and gerr:kind() == errors.INTERNAL)

  -- Test code runs with neither actor nor scope.
  assert(security.actor() == nil and security.scope() == nil)
  assert(security.can("read", "doc:1") == false)

  -- A function call.
  local seen = funcs.new():with_actor(ann):with_scope(readers):call("node:whoami")
  assert(seen.actor == "ann" and seen.tier == "vip" and seen.policies == 2)
  assert(seen.read == true and seen.write == false and seen.secret == false)
  assert(seen.hidden, "ctx.all() does not show the security context")
  local plain = funcs.call("node:whoami")
  assert(plain.actor == nil and plain.scoped == false)

  -- A process, and the process it spawns plainly.
  local pid = process.with_context({}):with_actor(ann):with_scope(readers)
    :spawn_monitored("node:relay_process", "node:host")
  local child = exit_of(pid)
  assert(child.actor == "ann" and child.policies == 2 and child.read == true, "inherited")

  -- A workflow and its activity: the actor and the scope's policies travel in Temporal headers.
  pid = process.with_context({}):with_actor(ann):with_scope(readers:with(vip))
    :spawn_monitored("node:whoami_flow", "node:worker")
  local flow = exit_of(pid)
  assert(flow.mine.actor == "ann" and flow.mine.policies == 3 and flow.mine.write == true)
  assert(flow.activity ~= nil, tostring(flow.err))
  assert(flow.activity.actor == "ann" and flow.activity.read == true)
  assert(flow.activity.secret == false and flow.activity.hidden)

  -- Only policy IDs travel: an empty scope reaches a workflow as no scope.
  pid = process.with_context({}):with_actor(bob):with_scope(security.new_scope())
    :spawn_monitored("node:whoami_flow", "node:worker")
  flow = exit_of(pid)
  assert(flow.mine.actor == "bob" and flow.mine.scoped == false)
  return true
end

return {main = main}
