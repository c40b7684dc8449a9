local funcs = require("funcs")
local time = require("time")

local function main(request)
    local sent, err = funcs.call("app:notify_manager", {id = request.id})
    if err then
        return {status = "not sent", error = tostring(err)}
    end
    local approvals = process.listen("approve")
    local timeout = time.after("24h")
    local r = channel.select{approvals:case_receive(), timeout:case_receive()}
    if r.channel == timeout then
        return {status = "expired", ticket = sent.ticket}
    end
    local booking = funcs.call("app:book", {id = request.id, by = r.value.by})
    return {status = "approved", by = r.value.by, booking = booking.ref}
end

return { main = main }
