return function()
    local results = channel.new()
    coroutine.spawn(function()
        local msg = process.listen("item"):receive()
        results:send("got " .. msg.name)
    end)
    local quick = funcs.async("app:quick", 1)
    local timeout = time.after("5m")
    local r = channel.select{quick:channel():case_receive(), timeout:case_receive()}
    local raced = r.channel == timeout and "timer won" or "activity won: " .. r.value:data()
    local slow = funcs.async("app:slow", 2)
    slow:cancel()
    local _, cancel_err = slow:result()
    return {from_coroutine = results:receive(), raced = raced, cancelled = cancel_err:kind()}
end
