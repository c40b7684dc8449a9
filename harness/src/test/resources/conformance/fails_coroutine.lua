return function()
    coroutine.spawn(function()
        error("lost in a coroutine")
    end)
    time.sleep("1m")
    return "unreachable"
end
