return function()
    local v, err = funcs.call("desk:unstable")
    if err then return {failed = tostring(err), kind = err:kind(), retryable = err:retryable()} end
    return v
end
