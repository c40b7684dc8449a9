local function main()
  local inbox = process.inbox()
  local events = process.events()
  local total = 0
  while true do
    local picked = channel.select({inbox:case_receive(), events:case_receive()})
    if picked.channel == events then
      if picked.value.kind == process.event.CANCEL then
        return {status = "canceled", total = total}
      end
    else
      local msg = picked.value
      if msg:topic() == "add" then
        total = total + msg:payload():data()
        workflow.attrs({memo = {total = total}})
        process.send(msg:from(), "ack")
        process.send(msg:from(), "ok", total)
      end
    end
  end
end

return {main = main}
