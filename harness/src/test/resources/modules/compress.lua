-- compress: five algorithms, levels, limits, zstd dictionaries, the runtime's error kinds.
-- Returns "ok" or raises with every check that failed.
return function()
  local failures = {}
  local function check(what, ok, got)
    if not ok then failures[#failures + 1] = what .. " (got " .. tostring(got) .. ")" end
  end
  local data = string.rep("Hello, World! ", 200)
  local binary = "\0\1\2\255\254\253"

  for _, name in ipairs({"gzip", "deflate", "zlib", "brotli", "zstd"}) do
    local c = compress[name]
    local enc, err = c.encode(data)
    check(name .. " encode", enc ~= nil and err == nil, err)
    check(name .. " shrinks", enc and #enc < #data, enc and #enc)
    local dec, derr = c.decode(enc)
    check(name .. " round trip", dec == data, derr)
    check(name .. " binary", c.decode(c.encode(binary)) == binary)
    local none, e1 = c.encode("")
    check(name .. " empty encode Invalid", none == nil and e1 and e1:kind() == errors.INVALID, e1)
    check(name .. " empty mentions empty", e1 and tostring(e1):find("empty", 1, true), e1)
    local _, e2 = c.encode(42)
    check(name .. " non-string Invalid", e2 and e2:kind() == errors.INVALID, e2)
    local _, e3 = c.decode("")
    check(name .. " empty decode Invalid", e3 and e3:kind() == errors.INVALID, e3)
    local _, e4 = c.decode(enc, {max_size = 10})
    check(name .. " max_size", e4 ~= nil and e4:kind() == errors.INTERNAL, e4)
  end

  for name, kind in pairs({gzip = errors.INVALID, deflate = errors.INVALID, zlib = errors.INVALID,
      brotli = errors.INVALID, zstd = errors.INTERNAL}) do
    local r, err = compress[name].decode("not valid " .. name .. " data")
    check(name .. " garbage", r == nil and err and err:kind() == kind, err and err:kind())
  end

  local low = compress.gzip.encode(data, {level = 1})
  local high = compress.gzip.encode(data, {level = 9})
  check("gzip levels", #high <= #low)
  check("gzip level 0 invalid", compress.gzip.encode(data, {level = 0}) == nil)
  local _, lerr = compress.gzip.encode(data, {level = 10})
  check("gzip level message", lerr and lerr:message() == "compression level must be between 1 and 9",
    lerr and lerr:message())
  check("brotli 0 ok", compress.brotli.encode(data, {level = 0}) ~= nil)
  check("brotli 12 invalid", compress.brotli.encode(data, {level = 12}) == nil)
  check("zstd 22 ok", compress.zstd.encode(data, {level = 22}) ~= nil)
  check("zstd 23 invalid", compress.zstd.encode(data, {level = 23}) == nil)

  local samples = {}
  for i = 1, 80 do
    samples[i] = string.format('{"event":"click","user_id":%d,"session":"sess-%04d"}', i, i)
  end
  local dict, terr = compress.zstd.train_dict(samples)
  check("train_dict", dict ~= nil and #dict > 64, terr)
  local info = dict and compress.zstd.inspect_dict(dict)
  check("inspect id", info and info.id > 0, info and info.id)
  check("inspect content_size", info and info.content_size > 0 and info.content_size < #dict,
    info and info.content_size)
  local custom = compress.zstd.train_dict(samples, {id = 1234, size = 1024})
  check("train_dict id option", compress.zstd.inspect_dict(custom).id == 1234)
  local msg = '{"event":"click","user_id":4242,"session":"sess-4242"}'
  local enc = compress.zstd.encode(msg, {dict = dict, level = 5})
  check("dict round trip", compress.zstd.decode(enc, {dict = dict}) == msg)
  check("dict helps", #enc < #compress.zstd.encode(msg))
  check("dict needed", compress.zstd.decode(enc) == nil)
  local _, de = compress.zstd.encode(msg, {dict = ""})
  check("empty dict Invalid", de and de:kind() == errors.INVALID, de)
  local _, te = compress.zstd.train_dict({})
  check("no samples Invalid", te and te:kind() == errors.INVALID, te)
  local _, se = compress.zstd.train_dict({"ab", "cd"})
  check("short samples Invalid", se and se:kind() == errors.INVALID, se)
  local _, ie = compress.zstd.inspect_dict("not a dictionary")
  check("bogus dict Invalid", ie and ie:kind() == errors.INVALID, ie)
  if #failures > 0 then error(table.concat(failures, "; "), 0) end
  return "ok"
end
