return function()
    local results = channel.new(3)
    for i = 1, 3 do
        coroutine.spawn(function()
            results:send(funcs.call("app:square", i))
        end)
    end
    local sum = 0
    for _ = 1, 3 do sum = sum + results:receive() end
    local gen = coroutine.wrap(function() for k = 1, 3 do coroutine.yield(k) end end)
    local g = gen() + gen() + gen()
    local inner = coroutine.wrap(function() coroutine.yield(funcs.call("app:square", 5)) end)()
    local f = funcs.async("app:square", 4)
    local before = f:result()
    local payload, ok = f:response():receive()
    local again = f:result()
    return {sum = sum, gen = g, inner = inner, future = payload:data(), ok = ok, done = f:is_complete(),
        waited = before == nil, cached = again == payload}
end
