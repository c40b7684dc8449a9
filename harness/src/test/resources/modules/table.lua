-- What Wippy adds to table: create, freeze, isfrozen, getn, maxn.
-- Returns "ok" or raises with every check that failed.
return function()
  local failures = {}
  local function check(what, ok, got)
    if not ok then failures[#failures + 1] = what .. " (got " .. tostring(got) .. ")" end
  end

  local t = table.create(4, 2)
  check("create gives an empty table", type(t) == "table" and next(t) == nil)
  t[1] = "a"
  check("created table is writable", t[1] == "a")

  local f = table.freeze({1, 2, x = "y"})
  check("freeze returns the table", f[2] == 2 and f.x == "y")
  check("isfrozen", table.isfrozen(f) and not table.isfrozen({}))
  check("new key refused", not pcall(function() f.z = 1 end))
  check("insert refused", not pcall(table.insert, f, 3))
  check("remove refused", not pcall(table.remove, f))
  check("sort refused", not pcall(table.sort, f))
  local ok, msg = pcall(function() f.z = 1 end)
  check("message", tostring(msg):find("frozen", 1, true), msg)
  check("still readable by pairs", (function() local n = 0 for _ in pairs(f) do n = n + 1 end return n end)() == 3)
  check("getn", table.getn({1, 2, 3}) == 3)
  check("maxn", table.maxn({1, 2, [10] = 1}) == 10)
  if #failures > 0 then error(table.concat(failures, "; "), 0) end
  return "ok"
end
