-- `hash`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

local FOX = "The quick brown fox jumps over the lazy dog"

return function()
  eq(hash.md5(""), "d41d8cd98f00b204e9800998ecf8427e", "md5")
  eq(hash.sha1("abc"), "a9993e364706816aba3e25717850c26c9cd0d89d", "sha1")
  eq(hash.sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "sha256")
  eq(hash.sha512("abc"),
    "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    "sha512")
  eq(#hash.md5("x", true), 16, "raw md5")
  eq(#hash.sha256("x", true), 32, "raw sha256")
  eq(hash.fnv32(""), 2166136261, "fnv32 offset basis")
  eq(hash.fnv32("a"), 84696446, "fnv32 is FNV-1")
  eq(hash.fnv32("hello"), 3069866343, "fnv32 hello")
  eq(hash.fnv64("a"), 12638153115695167422, "fnv64 (a double, as in the runtime)")
  eq(hash.hmac_md5(FOX, "key"), "80070713463e7749b90c2dc24911e275", "hmac md5")
  eq(hash.hmac_sha1(FOX, "key"), "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9", "hmac sha1")
  eq(hash.hmac_sha256(FOX, "key"), "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", "hmac sha256")
  eq(hash.hmac_sha256("data", ""), "e528c4d99e6177f5841f712a143b90843299a4aa181a06501422d9ca862bd2a5", "empty secret")
  eq(#hash.hmac_sha512(FOX, "key", true), 64, "raw hmac")
  local v, err = hash.md5(123)
  eq(v, nil, "number data")
  eq(err:kind(), errors.INVALID, "number data kind")
  eq(err:message(), "data must be a string", "number data message")
  local _, serr = hash.hmac_sha1("x", nil)
  eq(serr:message(), "secret must be a string", "nil secret")
  return "ok"
end
