-- `uuid`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

local function fails(what, text, value, err)
  eq(value, nil, what .. " value")
  eq(err ~= nil, true, what .. " has an error")
  eq(err:kind(), errors.INVALID, what .. " kind")
  eq(err:retryable(), false, what .. " retryable")
  eq(err:message(), text, what .. " message")
end

local DNS = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"

return function()
  for _, generate in ipairs({ { uuid.v1, 1 }, { uuid.v4, 4 }, { uuid.v7, 7 } }) do
    local id, err = generate[1]()
    eq(err, nil, "v" .. generate[2] .. " error")
    eq(#id, 36, "v" .. generate[2] .. " length")
    eq(uuid.validate(id), true, "v" .. generate[2] .. " valid")
    eq(uuid.version(id), generate[2], "v" .. generate[2] .. " version")
    eq(uuid.variant(id), "RFC4122", "v" .. generate[2] .. " variant")
  end
  eq(uuid.v4() ~= uuid.v4(), true, "v4 differs each call")
  eq(uuid.v3(DNS, "python.org"), "6fa459ea-ee8a-3ca4-894e-db77e160355e", "v3")
  eq(uuid.v5(DNS, "python.org"), "886313e1-3b8a-5372-9b90-0c9aee199e5d", "v5")
  fails("v3 bad namespace", "invalid namespace UUID", uuid.v3("invalid", "x"))
  fails("v5 number name", "namespace and name must be strings", uuid.v5(DNS, 5))

  eq(uuid.validate("550E8400-E29B-41D4-A716-446655440000"), true, "upper case")
  eq(uuid.validate("{550e8400-e29b-41d4-a716-446655440000}"), true, "braces")
  eq(uuid.validate("urn:uuid:550e8400-e29b-41d4-a716-446655440000"), true, "urn")
  eq(uuid.validate("550e8400e29b41d4a716446655440000"), true, "32 hex digits")
  eq(uuid.validate("550e8400-e29b-41d4-a716-44665544000g"), false, "not hex")
  eq(uuid.validate("550e8400-e29b-41d4-a716"), false, "short")
  eq(uuid.validate(123), false, "number")
  eq(uuid.validate(nil), false, "nil")

  local info, err = uuid.parse(DNS)
  eq(err, nil, "parse error")
  eq(info.version, 1, "parse version")
  eq(info.variant, "RFC4122", "parse variant")
  eq(info.timestamp, 886630433, "v1 timestamp (unix seconds)")
  eq(#info.node, 6, "v1 node bytes")
  eq(info.node:byte(2), 0xc0, "v1 node content")
  local v7 = uuid.parse(uuid.v7())
  eq(math.abs(v7.timestamp - time.now():unix()) < 5, true, "v7 timestamp is now")
  eq(uuid.parse(uuid.v4()).timestamp, nil, "v4 has no timestamp")
  eq(uuid.variant("550e8400-e29b-41d4-c716-446655440000"), "Microsoft", "Microsoft variant")
  eq(uuid.variant("550e8400-e29b-41d4-0716-446655440000"), "Reserved", "NCS-range variant")
  fails("parse garbage", "invalid UUID format", uuid.parse("not-a-uuid"))
  fails("version of a number", "input must be a string", uuid.version(123))

  eq(uuid.format(DNS), DNS, "format default")
  eq(uuid.format(DNS:upper(), "standard"), DNS, "format lowers")
  eq(uuid.format(DNS, "simple"), "6ba7b8109dad11d180b400c04fd430c8", "simple")
  eq(uuid.format(DNS, "urn"), "urn:uuid:" .. DNS, "urn")
  fails("format kind", "unsupported format", uuid.format(DNS, "braces"))
  return "ok"
end
