-- Workflows the node's conformance tests drive.

local function greet(input)
  return {message = "hello " .. input.name}
end

local function fail(input)
  error(errors.new({kind = errors.INVALID, message = "refused " .. input.name, retryable = false}))
end

local function wait_forever()
  time.sleep("240h")
  return "woke"
end

-- Answers every "ping" with a "pong" to its sender; returns the payloads once "stop" arrives.
local function collect()
  local got = {}
  local inbox = process.inbox()
  while true do
    local msg = inbox:receive()
    if msg:topic() == "stop" then
      return {got = got, from = msg:from()}
    end
    local data = msg:payload():data()
    table.insert(got, data)
    process.send(msg:from(), "pong", {n = data.n, by = process.pid()})
  end
end

-- Its ctx, and the ctx an activity it calls sees.
local function echo_ctx()
  local mine = ctx.get("tenant")
  local theirs, err = funcs.call("node:ctx_of", "tenant")
  return {workflow = mine, activity = theirs, err = err and tostring(err)}
end

-- The first message of its inbox: topic, payload and sender.
local function receive_one()
  local msg = process.inbox():receive()
  return {topic = msg:topic(), data = msg:payload():data(), from = msg:from()}
end

-- Sends one message to another workflow.
local function send_to(input)
  local ok, err = process.send(input.to, input.topic, input.data)
  return {ok = ok, err = err and tostring(err)}
end

return {greet = greet, fail = fail, wait_forever = wait_forever, collect = collect,
  echo_ctx = echo_ctx, receive_one = receive_one, send_to = send_to}
