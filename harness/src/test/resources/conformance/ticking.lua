return function()
    local ticker = time.ticker("10m")
    local ticks = 0
    while ticks < 3 do
        ticker:channel():receive()
        ticks = ticks + 1
    end
    ticker:stop()
    local timer = time.timer("1h")
    timer:reset("2h")
    timer:channel():receive()
    return {ticks = ticks}
end
