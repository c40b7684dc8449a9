local function ctx_of(key)
  return ctx.get(key)
end

-- Calls itself without end: the depth limit stops it.
local function recurse(n)
  return funcs.call("node:recurse", n + 1)
end

-- Application code a test calls: starts a workflow and waits for it.
local function starts_greet(name)
  return process.exec("node:greet", "node:worker", {name = name})
end

return {ctx_of = ctx_of, recurse = recurse, starts_greet = starts_greet}
