-- `json`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

local function fails(what, kind, value, err)
  eq(value == nil or value == false, true, what .. " value")
  eq(err ~= nil, true, what .. " has an error")
  eq(err:kind(), kind, what .. " kind")
  eq(err:retryable(), false, what .. " retryable")
  return err:message()
end

local function encoding()
  eq(json.encode({}), "[]", "empty table")
  eq(json.encode(nil), "null", "nil")
  eq(json.encode({ 1, 2, 3 }), "[1,2,3]", "array")
  eq(json.encode({ b = 1, a = { true, "x" } }), '{"a":[true,"x"],"b":1}', "object, sorted keys")
  eq(json.encode(3.14), "3.14", "float")
  eq(json.encode(1e21), "1e+21", "large float")
  eq(json.encode({ n = 1e21 }), '{"n":1000000000000000000000}', "large float in a table")
  eq(json.encode(0.5), "0.5", "fraction")
  eq(json.encode("<a&b>"), '"\\u003ca\\u0026b\\u003e"', "top-level strings escape HTML")
  eq(json.encode({ s = "<a>" }), '{"s":"<a>"}', "plain strings in tables stay as they are")
  eq(json.encode({ s = "line\n\"q\"" }), '{"s":"line\\n\\"q\\""}', "escapes")
  eq(json.encode({ f = function() end }), '{"f":null}', "functions are null")
  eq(json.encode({ e = errors.new("boom") }), '{"e":"boom"}', "errors are their message")
  eq(json.encode({ [1.5] = "x" }), '{"1.5":"x"}', "float keys are names")
  eq(json.encode({ [true] = 1 }), '{"true":1}', "boolean keys are names")
  local m1 = fails("sparse", errors.INTERNAL, json.encode({ [1] = "a", [3] = "c" }))
  eq(m1, "encode failed: cannot encode sparse array: non-contiguous numeric keys found", "sparse message")
  local m2 = fails("mixed", errors.INTERNAL, json.encode({ 1, a = 2 }))
  eq(m2, "encode failed: cannot encode mixed-key table: table has both numeric and non-numeric keys", "mixed message")
  local cycle = {}
  cycle.self = cycle
  local m3 = fails("cycle", errors.INTERNAL, json.encode(cycle))
  eq(m3, "encode failed: cannot encode recursively nested tables to JSON", "cycle message")
end

local function decoding()
  local v, err = json.decode('{"name":"x","items":[1,2.5,true,null],"o":{}}')
  eq(err, nil, "decode error")
  eq(v.name, "x", "string field")
  eq(v.items[2], 2.5, "number")
  eq(v.items[3], true, "boolean")
  eq(v.items[4], nil, "null")
  eq(json.decode("null"), nil, "null")
  eq(json.decode("42"), 42, "number")
  fails("empty text", errors.INVALID, json.decode(""))
  fails("not a string", errors.INVALID, json.decode(42))
  local m = fails("bad JSON", errors.INTERNAL, json.decode("not json"))
  eq(m:sub(1, 15), "decode failed: ", "bad JSON message")
end

local SCHEMA = {
  type = "object",
  properties = { name = { type = "string" }, age = { type = "number", minimum = 0 } },
  required = { "name" },
}

local function validation()
  local ok, err = json.validate(SCHEMA, { name = "Jo", age = 3 })
  eq(err, nil, "valid data error")
  eq(ok, true, "valid data")
  local m = fails("missing field", errors.INVALID, json.validate(SCHEMA, { age = 3 }))
  eq(m:sub(1, 19), "validation failed: ", "validation message")
  fails("wrong type", errors.INVALID, json.validate(SCHEMA, { name = 1 }))
  fails("minimum", errors.INVALID, json.validate(SCHEMA, { name = "x", age = -1 }))
  eq(json.validate('{"type":"array","items":{"type":"integer"}}', { 1, 2 }), true, "schema as text")
  eq(fails("no data", errors.INVALID, json.validate(SCHEMA, nil)), "data is required", "no data")
  eq(fails("no schema", errors.INVALID, json.validate(nil, {})), "schema is required", "no schema")
  eq(fails("bad schema", errors.INVALID, json.validate(5, {})),
    "schema error: schema must be a string or table", "bad schema")
  eq(json.validate_string(SCHEMA, '{"name":"Jo"}'), true, "validate_string")
  fails("validate_string invalid", errors.INVALID, json.validate_string(SCHEMA, '{"age":1}'))
  eq(fails("validate_string data", errors.INVALID, json.validate_string(SCHEMA, {})),
    "data must be a JSON string", "validate_string needs text")
end

return function()
  encoding()
  decoding()
  validation()
  return "ok"
end
