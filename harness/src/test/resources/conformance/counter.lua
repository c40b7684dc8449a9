return function()
    local inbox = process.inbox()
    local total = 0
    while true do
        local msg = inbox:receive()
        local from = msg:from()
        if msg:topic() == "add" then
            local n = msg:payload():data()
            if type(n) ~= "number" then
                process.send(from, "nak", "not a number")
            else
                process.send(from, "ack")
                total = total + n
                process.send(from, "ok", total)
            end
        elseif msg:topic() == "done" then
            return {total = total}
        end
    end
end
