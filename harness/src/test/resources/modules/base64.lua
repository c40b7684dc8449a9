-- `base64`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

return function()
  eq(base64.encode("hello"), "aGVsbG8=", "encode")
  eq(base64.encode(""), "", "empty")
  eq(base64.encode("\0\255"), "AP8=", "binary")
  eq(base64.decode("aGVsbG8="), "hello", "decode")
  eq(base64.decode("aGVs\nbG8="), "hello", "line breaks are skipped")
  eq(base64.decode("AP8="), "\0\255", "binary back")
  local v, err = base64.decode("!!!!")
  eq(v, nil, "bad input value")
  eq(err:kind(), errors.INVALID, "bad input kind")
  eq(err:message(), "decode failed: illegal base64 data at input byte 0", "bad input message")
  local _, perr = base64.decode("aGVsbG8")
  eq(perr ~= nil, true, "padding is required")
  local _, nerr = base64.encode(5)
  eq(nerr:message(), "string expected", "numbers are refused")
  return "ok"
end
