-- `os`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

return function()
  eq(os.platform, "wippy", "platform")
  eq(type(os.time()), "number", "time")
  eq(os.time({ year = 2024, month = 1, day = 1, hour = 0 }), 1704067200, "time of a date (UTC)")
  eq(os.date("!%Y-%m-%d", 0), "1970-01-01", "date")
  eq(type(os.clock()), "number", "clock")
  eq(os.difftime(10, 4), 6, "difftime")
  eq(os.execute, nil, "no execute")
  return "ok"
end
