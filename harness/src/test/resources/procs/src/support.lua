-- The workflow and function the process entries talk to.

-- Answers every "ping" with a "pong" to its sender; returns the sender of "stop".
local function collect()
  local inbox = process.inbox()
  while true do
    local msg = inbox:receive()
    if msg:topic() == "stop" then
      return {from = msg:from()}
    end
    process.send(msg:from(), "pong", msg:payload():data())
  end
end

local function ctx_of(key)
  return ctx.get(key)
end

return {collect = collect, ctx_of = ctx_of}
