-- ctx given at the start reaches the workflow and, through its header, the activity it calls.
local function main()
  local r, err = process.with_context({tenant = "acme"}):exec("node:echo_ctx", "node:worker")
  assert(err == nil, tostring(err))
  assert(r.workflow == "acme", tostring(r.workflow))
  assert(r.activity == "acme", tostring(r.activity) .. " " .. tostring(r.err))
  return true
end

return {main = main}
