local function main()
    local events = process.events()
    local timer = time.after("24h")
    local r = channel.select{events:case_receive(), timer:case_receive()}
    if r.channel == events and r.value.kind == process.event.CANCEL then
        funcs.call("desk:cleanup", "x")
        return {status = "canceled"}
    end
    return {status = "expired"}
end
return {main = main}
