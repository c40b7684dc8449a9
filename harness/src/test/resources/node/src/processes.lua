-- Plain processes the node's tests spawn.

-- Collects the topics of the first `count` messages of its inbox and returns them.
local function collector(count)
  local inbox = process.inbox()
  local topics = {}
  while #topics < count do
    table.insert(topics, inbox:receive():topic())
  end
  return topics
end

return {collector = collector}
