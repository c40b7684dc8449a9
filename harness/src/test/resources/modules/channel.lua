-- channel and coroutine.spawn as the runtime has them: Go semantics (an unbuffered send waits for
-- its receiver, close fails senders and drains buffers), select in case order with default.
-- Returns "ok" or raises with every check that failed.
return function()
  local failures = {}
  local function check(what, ok, got)
    if not ok then failures[#failures + 1] = what .. " (got " .. tostring(got) .. ")" end
  end

  -- buffered: sends do not wait while there is room; values come out in order
  local b = channel.new(2)
  check("buffered send returns true", b:send(1) == true)
  b:send(2)
  local v1, ok1 = b:receive()
  local v2 = b:receive()
  check("buffered order", v1 == 1 and v2 == 2 and ok1 == true, tostring(v1) .. "," .. tostring(v2))

  -- unbuffered: the spawned sender waits until the receiver takes the value
  local u = channel.new(0)
  local steps = {}
  coroutine.spawn(function()
    steps[#steps + 1] = "send"
    u:send("hi")
    steps[#steps + 1] = "sent"
  end)
  check("spawned code runs before its spawner goes on", steps[1] == "send", steps[1])
  check("unbuffered send waits for a receiver", steps[2] == nil, steps[2])
  local got = u:receive()
  check("received from spawn", got == "hi", got)

  -- close: a waiting receiver gets nil, false; buffered values survive the close
  local c = channel.new(0)
  local res = channel.new(1)
  coroutine.spawn(function()
    local v, ok = c:receive()
    res:send({v = v, ok = ok})
  end)
  c:close()
  local r = res:receive()
  check("close wakes receiver with nil, false", r.v == nil and r.ok == false, r.ok)
  local d = channel.new(1)
  d:send("kept")
  d:close()
  local kv, kok = d:receive()
  check("buffered value after close", kv == "kept" and kok == true, kv)
  local ev, eok = d:receive()
  check("drained closed channel", ev == nil and eok == false, eok)
  check("send on closed channel raises", not pcall(d.send, d, 1))
  local okc, msgc = pcall(d.close, d)
  check("close of closed channel raises", not okc and tostring(msgc):find("close of closed channel", 1, true), msgc)

  -- select: default on nothing ready (receive and full send), ready case over default
  local e1, e2 = channel.new(0), channel.new(0)
  local s = channel.select{e1:case_receive(), e2:case_receive(), default = true}
  check("select default", s.default == true and s.ok == true, s.default)
  local full = channel.new(1)
  full:send("x")
  local s2 = channel.select{full:case_send("y"), default = true}
  check("select default on a full channel", s2.default == true, s2.default)
  local s3 = channel.select{e1:case_receive(), full:case_receive(), default = true}
  check("select picks the ready case", s3.channel == full and s3.value == "x" and s3.ok == true
    and s3.default == nil, s3.value)
  local room = channel.new(1)
  local s4 = channel.select{room:case_send(7)}
  check("select send result", s4.channel == room and s4.value == 7 and s4.ok == true, s4.value)

  -- select waits until a spawned coroutine makes a case ready
  local late = channel.new(0)
  coroutine.spawn(function() late:send("late") end)
  local s5 = channel.select{e1:case_receive(), late:case_receive()}
  check("select waits for a spawned sender", s5.channel == late and s5.value == "late", s5.value)

  -- fan-in through a shared channel, producers spawned in a loop
  local out, sum = channel.new(0), 0
  for i = 1, 3 do coroutine.spawn(function() out:send(i) end) end
  for _ = 1, 3 do sum = sum + out:receive() end
  check("fan-in", sum == 6, sum)

  if #failures > 0 then error(table.concat(failures, "; "), 0) end
  return "ok"
end
