-- time.after, time.timer and time.ticker as the runtime has them: channels that deliver a Time on
-- the same clock time.now() reads; Timer stop/reset/response; bad durations are nil, err.
-- Returns "ok" or raises with every check that failed.
return function()
  local failures = {}
  local function check(what, ok, got)
    if not ok then failures[#failures + 1] = what .. " (got " .. tostring(got) .. ")" end
  end

  local start = time.now()
  local at = time.after("20ms"):receive()
  check("after delivers a Time", at ~= nil and at:unix() ~= nil)
  check("after waited on time.now()'s clock", time.now():sub(start):milliseconds() >= 20,
    time.now():sub(start):milliseconds())

  start = time.now()
  time.after(5 * time.MILLISECOND):receive()
  time.after(time.parse_duration("5ms")):receive()
  check("number and Duration arguments", time.now():sub(start):milliseconds() >= 10)

  local t = time.timer("10ms")
  check("timer response is its channel", t:response() == t:channel())
  t:response():receive()
  check("stop after firing is false", t:stop() == false)
  local s = time.timer("1h")
  check("stop before firing is true", s:stop() == true)
  start = time.now()
  s:reset("10ms")
  s:channel():receive()
  check("reset arms it again", time.now():sub(start):milliseconds() >= 10)

  local tk = time.ticker("5ms")
  tk:channel():receive()
  tk:response():receive()
  tk:stop()

  local sel = channel.select{time.after("5ms"):case_receive(), time.after("1h"):case_receive()}
  check("select takes the first timer", sel.ok == true and sel.value ~= nil)

  local none, err = time.after("nonsense")
  check("bad duration is nil, err", none == nil and err ~= nil, err)
  check("its kind is Invalid", err and err:kind() == errors.INVALID, err and err:kind())
  local zero, zerr = time.timer(0)
  check("zero duration is nil, err", zero == nil and zerr ~= nil)

  if #failures > 0 then error(table.concat(failures, "; "), 0) end
  return "ok"
end
