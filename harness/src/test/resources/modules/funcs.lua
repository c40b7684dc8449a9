-- `funcs` as the runtime has it: executors, futures, target checks; the same checks run as a
-- workflow (each call an activity), an activity and a test (each call a function of its own).
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

local function executors()
  local e = funcs.new()
  eq(tostring(e):match("^funcs%.Executor") ~= nil, true, "executor type")
  local e2 = e:with_options({["activity.start_to_close_timeout"] = "10s"})
  eq(e2 ~= e, true, "with_options returns a new executor")
  eq(e:with_context({k = "v"}) ~= e, true, "with_context returns a new executor")
  eq(pcall(e.with_actor, e, nil), false, "with_actor(nil) raises")
  eq(pcall(e.with_scope, e, nil), false, "with_scope(nil) raises")
  eq(pcall(e.with_options, e, "x"), false, "with_options needs a table")
  local r, err = e2:call("app:echo", "via executor")
  eq(err, nil, "executor call error")
  eq(r.echo, "via executor", "executor call result")
  local seen = funcs.new():with_context({tenant = "t1"}):call("app:ctx_value", "tenant")
  eq(seen, "t1", "with_context value read by ctx.get in the callee")
end

local function futures()
  local f, err = funcs.async("app:echo", "a")
  eq(err, nil, "async error")
  eq(tostring(f), "Future", "future type")
  local p, ok = f:response():receive()
  eq(ok, true, "receive ok")
  eq(p:data().echo, "a", "payload data")
  eq(p:get_format(), "golang/any", "payload format")
  eq(f:channel(), f:response(), "channel() is response()")
  eq(f:is_complete(), true, "complete once received")
  eq(f:is_canceled(), false, "not canceled")
  local again, rerr = f:result()
  eq(again, p, "result() is the delivered payload")
  eq(rerr, nil, "result() error")
  local none, has = f:error()
  eq(none, nil, "error() of a success")
  eq(has, false, "error() flag of a success")
end

local function failures()
  local v, kerr = funcs.call("app:fail", "NotFound")
  eq(v, nil, "failed call value")
  eq(kerr:kind(), "NotFound", "failed call kind")
  eq(kerr:message(), "failed on purpose", "failed call message")
  local f = funcs.async("app:fail", "Invalid")
  local delivered, ok = f:response():receive()
  eq(ok, true, "error receive ok")
  eq(delivered:kind(), "Invalid", "error delivered on the channel")
  local rv, rerr = f:result()
  eq(rv, nil, "result() value of a failure")
  eq(rerr:kind(), "Invalid", "result() error of a failure")
  local werr, has = f:error()
  eq(has, true, "error() flag of a failure")
  eq(werr:kind(), "Internal", "error() reports an Internal error")
  eq(werr:message(), "failed on purpose", "error() keeps the message")
end

local function targets()
  local v, e1 = funcs.call("")
  eq(v, nil, "empty target value")
  eq(e1:kind(), "Invalid", "empty target kind")
  eq(e1:message(), "function ID required", "empty target message")
  local _, e2 = funcs.call("nonamespace")
  eq(e2:message(), "namespace required in function ID", "no namespace")
  local f, e3 = funcs.async("app:")
  eq(f, nil, "async bad target value")
  eq(e3:message(), "name required in function ID", "no name")
  local _, e4 = funcs.new():call("")
  eq(e4:kind(), "Invalid", "executor bad target")
  eq(pcall(funcs.call), false, "target must be a string")
end

local function cancel()
  local f = funcs.async("app:echo", "c")
  eq(f:cancel(), nil, "cancel returns nothing")
  eq(f:is_canceled(), true, "canceled")
  local v, err = f:result()
  eq(v, nil, "canceled value")
  eq(err:kind(), "Canceled", "canceled kind")
  eq(err:message(), "canceled", "canceled message")
end

return function()
  executors()
  futures()
  failures()
  targets()
  cancel()
  return "ok"
end
