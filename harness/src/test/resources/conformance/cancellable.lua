return function(mode)
    local events = process.events()
    local t = time.after("1h")
    local r = channel.select{events:case_receive(), t:case_receive()}
    if r.channel == events and r.value.kind == process.event.CANCEL then
        funcs.call("app:cleanup", "c1")
        if mode == "error" then
            return nil, errors.new({kind = errors.CANCELED, message = "stopped on request"})
        end
        return {status = "cancelled"}
    end
    return {status = "timeout"}
end
