-- Types at run time: `type X = …` keeps a value whose X:is(v) returns v, nil or nil, err and whose
-- call X(v) returns v or raises; the same checks run as a workflow, an activity and a test.
type Point = {x: number, y?: number}
type Role = "admin" | "user"
type Name = string @min_len(2) @max_len(5)
type Score = number @min(0) @max(100)
type Email = string @pattern("^.+@.+$")
type Box<T> = {value: T}
type Names = {Name}
type Scores = {[string]: Score}
type Node = {label: string, next?: Node}
type Id = number | string
type Handler = (number) -> boolean

local sample: {n: integer} = {n = 1}
type Sample = typeof(sample)

local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

local function fails(what, text, v, err)
  eq(v, nil, what .. " value")
  eq(err ~= nil, true, what .. " has an error")
  local message = err:message()
  if not message:find(text, 1, true) then
    error(what .. ": message '" .. message .. "' lacks '" .. text .. "'", 2)
  end
  eq(err:kind(), errors.INVALID, what .. " kind")
end

return function()
  local p = {x = 1}
  local same, none = Point:is(p)
  eq(same, p, "is returns the value")
  eq(none, nil, "is error")
  fails("missing field", "x: expected number, got nil", Point:is({}))
  fails("wrong field", "y: expected number, got string \"2\"", Point:is({x = 1, y = "2"}))
  fails("not a table", "expected record, got number 5", Point:is(5))
  eq((Role:is("admin")), "admin", "literal union member")
  fails("literal union", "expected \"admin\" | \"user\", got string \"root\"", Role:is("root"))
  fails("min_len", "length 1 is less than minimum length 2", Name:is("a"))
  fails("max_len", "length 6 is greater than maximum length 5", Name:is("abcdef"))
  fails("min", "value -1 is less than minimum 0", Score:is(-1))
  fails("max", "value 101 is greater than maximum 100", Score:is(101))
  fails("pattern", "does not match pattern", Email:is("nope"))
  eq((Box:is({value = 1})) ~= nil, true, "a generic without arguments takes any value")
  type NumberBox = Box<number>
  fails("generic argument", "value: expected number, got string", NumberBox:is({value = "x"}))
  fails("array element", "[2]: length 1 is less than minimum length 2", Names:is({"ok", "x"}))
  fails("map value", "[math]: value 200 is greater than maximum 100", Scores:is({math = 200}))
  eq((Node:is({label = "a", next = {label = "b"}})) ~= nil, true, "recursive type")
  fails("recursive field", "next.label: expected string", Node:is({label = "a", next = {}}))
  eq((Id:is("a")), "a", "union of primitives")
  fails("union of primitives", "expected number | string, got boolean true", Id:is(true))
  eq((Handler:is(print)), print, "function type")
  fails("function type", "expected function, got table", Handler:is({}))
  fails("typeof a local", "n: expected integer, got number 1.5", Sample:is({n = 1.5}))
  eq(Point({x = 2}).x, 2, "calling the type returns the value")
  local ok, raised = pcall(Point, {})
  eq(ok, false, "calling the type raises on a bad value")
  eq(raised:kind(), errors.INVALID, "raised kind")
  eq(Point:name(), "Point", "name")
  eq(Point:kind(), "record", "kind")
  return "ok"
end
