-- Calls the process functions a workflow cannot make: each returns nil and an Invalid error.
return function()
    local out = {}
    for _, name in ipairs({"link", "unlink", "monitor", "unmonitor"}) do
        local ok, err = process[name](process.pid())
        out[name] = {ok = ok == nil and "nil" or tostring(ok), kind = err:kind(),
            retryable = err:retryable(), message = err:message()}
    end
    return out
end
