-- `crypto`: the same checks run as a workflow, an activity and a test.
local function eq(got, want, what)
  if got ~= want then
    error(what .. ": expected " .. tostring(want) .. ", got " .. tostring(got), 2)
  end
end

local function fails(what, kind, text, value, err)
  eq(value, nil, what .. " value")
  eq(err ~= nil, true, what .. " has an error")
  eq(err:kind(), kind, what .. " kind")
  eq(err:retryable(), false, what .. " retryable")
  if text then
    eq(err:message(), text, what .. " message")
  end
end

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

local FOX = "The quick brown fox jumps over the lazy dog"

local function random()
  local b = crypto.random.bytes(16)
  eq(#b, 16, "bytes length")
  eq(b ~= crypto.random.bytes(16), true, "bytes differ")
  fails("zero bytes", errors.INVALID, "length must be a positive integer", crypto.random.bytes(0))
  fails("too many bytes", errors.INVALID, "length exceeds maximum allowed size (1MB)",
    crypto.random.bytes(1024 * 1024 + 1))
  local s = crypto.random.string(40)
  eq(#s, 40, "string length")
  eq(s:find("^[A-Za-z0-9]+$") ~= nil, true, "alphanumeric")
  eq(crypto.random.string(30, "ab"):find("^[ab]+$") ~= nil, true, "charset")
  fails("empty charset", errors.INVALID, "charset cannot be empty", crypto.random.string(5, ""))
  local id = crypto.random.uuid()
  eq(uuid.version(id), 4, "random uuid is v4")
  eq(crypto.random.int, nil, "no random.int in the runtime")
end

local function hmacs()
  eq(crypto.hmac.sha256("key", FOX),
    "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", "hmac sha256")
  eq(crypto.hmac.sha512("key", FOX),
    "b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a",
    "hmac sha512")
  fails("empty key", errors.INVALID, "key cannot be empty", crypto.hmac.sha256("", "x"))
end

local function ciphers()
  local key = string.rep("k", 32)
  for _, name in ipairs({ "aes", "chacha20" }) do
    local sealed, err = crypto.encrypt[name]("secret text", key, "aad")
    eq(err, nil, name .. " encrypt error")
    eq(#sealed, 12 + #"secret text" + 16, name .. " nonce, data and tag")
    eq(crypto.decrypt[name](sealed, key, "aad"), "secret text", name .. " round trip")
    eq(crypto.encrypt[name]("x", key) ~= crypto.encrypt[name]("x", key), true, name .. " fresh nonce")
    fails(name .. " wrong aad", errors.INTERNAL, nil, crypto.decrypt[name](sealed, key, "other"))
    fails(name .. " wrong key", errors.INTERNAL, nil, crypto.decrypt[name](sealed, string.rep("x", 32), "aad"))
    fails(name .. " short data", errors.INVALID, "encrypted data too short", crypto.decrypt[name]("abc", key))
  end
  eq(crypto.decrypt.aes(crypto.encrypt.aes("16", string.rep("a", 16)), string.rep("a", 16)), "16", "aes-128")
  eq(crypto.decrypt.aes(crypto.encrypt.aes("24", string.rep("a", 24)), string.rep("a", 24)), "24", "aes-192")
  fails("aes key size", errors.INVALID, "key must be 16, 24, or 32 bytes", crypto.encrypt.aes("x", "short"))
  fails("chacha key size", errors.INVALID, "key must be 32 bytes", crypto.encrypt.chacha20("x", "short"))
end

local function jwts()
  local exp = time.now():unix() + 3600
  local token = crypto.jwt.encode({ sub = "u1", exp = exp, _header = { kid = "k1" } }, "secret")
  local header = token:match("^([^.]+)")
  eq(header, "eyJhbGciOiJIUzI1NiIsImtpZCI6ImsxIiwidHlwIjoiSldUIn0", "header with kid")
  local claims, err = crypto.jwt.verify(token, "secret")
  eq(err, nil, "verify error")
  eq(claims.sub, "u1", "claims")
  eq(claims._header, nil, "_header is not a claim")
  fails("wrong key", errors.INTERNAL, "verify token: token signature is invalid: signature is invalid",
    crypto.jwt.verify(token, "other"))
  fails("wrong algorithm", errors.INTERNAL,
    "verify token: token signature is invalid: signing method HS256 is invalid",
    crypto.jwt.verify(token, "secret", "HS512"))
  local h512 = crypto.jwt.encode({ exp = exp }, "secret", "HS512")
  eq(crypto.jwt.verify(h512, "secret", "HS512").exp, exp, "HS512")
  local no_exp = crypto.jwt.encode({ sub = "u2" }, "secret")
  fails("exp required", errors.INTERNAL,
    "verify token: token has invalid claims: token is missing required claim: exp claim is required",
    crypto.jwt.verify(no_exp, "secret"))
  eq(crypto.jwt.verify(no_exp, "secret", "HS256", false).sub, "u2", "exp not required")
  local old = crypto.jwt.encode({ exp = time.now():unix() - 10 }, "secret")
  fails("expired", errors.INTERNAL, "verify token: token has invalid claims: token is expired",
    crypto.jwt.verify(old, "secret"))
  fails("malformed", errors.INTERNAL,
    "verify token: token is malformed: token contains an invalid number of segments",
    crypto.jwt.verify("a.b", "secret"))
end

local function derive()
  eq(hex(crypto.pbkdf2("password", "salt", 1, 32)),
    "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b", "pbkdf2 sha256")
  eq(#crypto.pbkdf2("password", "salt", 10, 64, "sha512"), 64, "pbkdf2 sha512 length")
  fails("md5", errors.INVALID, "unsupported hash function: md5", crypto.pbkdf2("p", "s", 1, 8, "md5"))
  fails("empty password", errors.INVALID, "password cannot be empty", crypto.pbkdf2("", "s", 1, 8))
  fails("zero iterations", errors.INVALID, "iterations must be positive", crypto.pbkdf2("p", "s", 0, 8))
  fails("zero length", errors.INVALID, "key length must be positive", crypto.pbkdf2("p", "s", 1, 0))
  eq(crypto.constant_time_compare("abc", "abc"), true, "compare equal")
  eq(crypto.constant_time_compare("abc", "abd"), false, "compare differs")
  eq(crypto.constant_time_compare("abc", "ab"), false, "compare lengths")
end

return function()
  random()
  hmacs()
  ciphers()
  jwts()
  derive()
  return "ok"
end
