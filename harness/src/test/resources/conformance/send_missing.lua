-- A send to a workflow that is not running.
return function()
    local ok, err = process.send("{app@app:worker|nobody-here}", "ping", {n = 1})
    return {ok = ok, kind = err:kind(), retryable = err:retryable(), message = err:message()}
end
