-- `errors`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

local function make()
  local e = errors.new({ message = "inner", kind = errors.NOT_FOUND, retryable = true, details = { id = 7 } })
  return e
end

return function()
  local kinds = {
    NOT_FOUND = "NotFound", ALREADY_EXISTS = "AlreadyExists", INVALID = "Invalid",
    PERMISSION_DENIED = "PermissionDenied", UNAVAILABLE = "Unavailable", INTERNAL = "Internal",
    CANCELED = "Canceled", CONFLICT = "Conflict", TIMEOUT = "Timeout", RATE_LIMITED = "RateLimited",
    UNKNOWN = "",
  }
  for name, kind in pairs(kinds) do
    eq(errors[name], kind, name)
  end
  local e = make()
  eq(e:message(), "inner", "message")
  eq(e:kind(), errors.NOT_FOUND, "kind")
  eq(e:retryable(), true, "retryable")
  eq(e:details().id, 7, "details")
  eq(tostring(e), "inner", "tostring")
  eq(errors.new("plain"):details(), nil, "no details")
  eq(errors.new({ message = "m", details = {} }):details(), nil, "empty details are nil")
  eq(errors.new("plain"):retryable(), nil, "unknown retryable")
  local w = errors.wrap(e, "loading")
  eq(w:message(), "inner", "wrap keeps the message")
  eq(w:kind(), errors.NOT_FOUND, "wrap keeps the kind")
  eq(w:retryable(), true, "wrap keeps retryable")
  eq(w:details().id, 7, "wrap keeps details")
  eq(tostring(w), "loading: inner", "tostring shows the context")
  eq(tostring(errors.wrap(w, "outer")), "outer: loading: inner", "contexts stack")
  eq(errors.wrap("text", "ctx"):message(), "text", "wrap a string")
  eq(errors.wrap(nil, "ctx"), nil, "wrap nil")
  eq(errors.is(w, errors.NOT_FOUND), true, "is")
  eq(errors.is(w, errors.INVALID), false, "is not")
  eq(errors.is("text", errors.INVALID), false, "is on a string")
  local stack = e:stack()
  eq(type(stack), "string", "stack is text")
  eq(stack:find("stack traceback:", 1, true) ~= nil, true, "stack is a traceback")
  eq(stack:find("errors.lua", 1, true) ~= nil, true, "stack names this file")
  local cs = errors.call_stack(e)
  eq(type(cs.frames), "table", "call_stack frames")
  eq(#cs.frames > 0, true, "call_stack has frames")
  eq(cs.frames[1].source, "src/errors.lua", "innermost frame source")
  eq(cs.frames[1].line, 9, "innermost frame line (where errors.new ran)")
  eq(type(cs.frames[1].name), "string", "frame name")
  eq(errors.call_stack("not an error"), nil, "call_stack of a string")
  eq(pcall(errors.new), false, "errors.new needs a message")
  return "ok"
end
