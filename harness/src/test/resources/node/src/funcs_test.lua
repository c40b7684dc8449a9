-- funcs.call outside workflows: a function that starts a workflow runs in this process; a missing
-- function is NotFound; endless recursion stops at the depth limit with a positioned error.
local function main()
  local v, err = funcs.call("node:starts_greet", "eve")
  assert(err == nil, tostring(err))
  assert(v.message == "hello eve")

  local none, missing = funcs.call("node:nope")
  assert(none == nil and missing:kind() == errors.NOT_FOUND, tostring(missing))

  local deep, too_deep = funcs.call("node:recurse", 1)
  assert(deep == nil, "recursion returns an error, not a value")
  assert(tostring(too_deep):find("functions.lua:%d+: funcs.call%(node:recurse%) nested more than 32"),
    tostring(too_deep))

  local bad, invalid = funcs.call("no-namespace")
  assert(bad == nil and invalid:kind() == errors.INVALID)
  return true
end

return {main = main}
