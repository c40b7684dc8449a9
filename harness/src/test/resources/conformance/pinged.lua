return function()
    local pings = process.listen("ping")
    local events = process.events()
    local r = channel.select{pings:case_receive(), events:case_receive()}
    if r.channel == events then
        return {cancelled = true}
    end
    return {got = r.value.n}
end
