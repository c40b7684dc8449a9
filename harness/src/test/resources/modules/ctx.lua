-- `ctx`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

return function()
  local v, err = ctx.get("")
  eq(v, nil, "empty key value")
  eq(err:kind(), errors.INVALID, "empty key kind")
  eq(err:message(), "empty key", "empty key message")
  local m, merr = ctx.get("no_such_key")
  eq(m, nil, "missing key value")
  eq(merr:kind(), errors.NOT_FOUND, "missing key kind")
  eq(merr:retryable(), false, "missing key retryable")
  eq(merr:message(), "key not found: no_such_key", "missing key message")
  local all, aerr = ctx.all()
  eq(aerr, nil, "all error")
  eq(type(all), "table", "all is a table")
  return "ok"
end
