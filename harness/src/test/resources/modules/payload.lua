-- payload: the module and the global, formats, the four methods, transcoding.
-- Returns "ok" or raises with every check that failed.
return function()
  local failures = {}
  local function check(what, ok, got)
    if not ok then failures[#failures + 1] = what .. " (got " .. tostring(got) .. ")" end
  end

  check("global", type(payload) ~= "nil")
  check("format JSON", payload.format.JSON == "json/plain", payload.format.JSON)
  check("format YAML", payload.format.YAML == "yaml/plain")
  check("format STRING", payload.format.STRING == "text/plain")
  check("format BYTES", payload.format.BYTES == "application/octet-stream")
  check("format MSGPACK", payload.format.MSGPACK == "application/msgpack")
  check("format LUA", payload.format.LUA == "lua/any")
  check("format GOLANG", payload.format.GOLANG == "golang/any")
  check("format ERROR", payload.format.ERROR == "golang/error")

  local p = payload.new({key = "value", n = 42})
  check("get_format lua", p:get_format() == payload.format.LUA, p:get_format())
  check("data", p:data().key == "value", p:data().key)
  check("unmarshal", p:unmarshal().n == 42)
  check("tostring", tostring(p) == "payload{format=lua/any}", tostring(p))
  check("nil payload", payload.new(nil):get_format() == "lua/any")
  check("nil data", payload.new(nil):data() == nil)

  local j, err = p:transcode(payload.format.JSON)
  check("transcode json ok", err == nil, err)
  check("transcode json format", j:get_format() == "json/plain", j:get_format())
  check("json back to lua", j:data().key == "value")
  local back = j:transcode(payload.format.LUA)
  check("json to lua payload", back:get_format() == "lua/any" and back:data().n == 42)

  local s = payload.new(12):transcode(payload.format.STRING)
  check("number to string", s:data() == "12", s:data())
  local b = payload.new("raw"):transcode(payload.format.BYTES)
  check("bytes", b:get_format() == payload.format.BYTES and b:data() == "raw")
  local str = j:transcode(payload.format.STRING)
  check("json to string goes through lua", str:get_format() == "text/plain")

  local none, terr = p:transcode(payload.format.YAML)
  check("no transcoder: nil", none == nil, none)
  check("no transcoder: Internal", terr and terr:kind() == errors.INTERNAL, terr)
  check("no transcoder: not retryable", terr and terr:retryable() == false)

  local ep = payload.new(errors.new("boom"))
  check("error payload format", ep:get_format() == payload.format.ERROR, ep:get_format())
  check("error payload data", ep:data():message() == "boom")
  if #failures > 0 then error(table.concat(failures, "; "), 0) end
  return "ok"
end
