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

-- Adds up "add" messages in a spawned coroutine, answering each sender twice; returns once "done"
-- reaches the main function. A send to a regular process completes at once on the platform, so
-- the coroutine handles every add it has been given before "done" lets the main function go on.
local function tally()
  local total, seen, finished = 0, 0, false
  coroutine.spawn(function()
    local adds = process.listen("add", {message = true})
    while not finished do
      local msg = adds:receive()
      local n = msg:payload():data().n
      process.send(msg:from(), "added", {n = n})
      total = total + n
      seen = seen + 1
      process.send(msg:from(), "total", {total = total})
    end
  end)
  local done = process.listen("done", {message = true}):receive()
  process.send(done:from(), "finishing")
  finished = true
  return {total = total, seen = seen}
end

-- Cancels another workflow by pid: what process.cancel returned.
local function cancel_other(input)
  local ok, err = process.cancel(input.pid, "from cancel_other")
  return {ok = ok, kind = err and err:kind(), err = err and tostring(err)}
end

return {cancel_other = cancel_other, greet = greet, fail = fail, wait_forever = wait_forever, collect = collect,
  echo_ctx = echo_ctx, receive_one = receive_one, send_to = send_to, tally = tally}
