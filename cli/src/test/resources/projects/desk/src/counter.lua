-- updates: bump(n) answers the new total; "stop" signal ends
local function main(start)
    local total = start or 0
    local inbox = process.inbox()
    local bumps = process.listen("bump", {message = true})
    while true do
        local r = channel.select{bumps:case_receive(), inbox:case_receive()}
        if r.channel == bumps then
            local msg = r.value
            local from = msg:from()
            local n = msg:payload():data()
            if type(n) ~= "number" then
                process.send(from, "nak", "not a number")
            else
                process.send(from, "ack")
                total = total + n
                process.send(from, "ok", total)
            end
        else
            if r.value:topic() == "stop" then
                return {total = total}
            end
        end
    end
end
return {main = main}
