return function()
    local v, err = funcs.call("app:nope", 1)
    return {v = v, err = tostring(err)}
end
