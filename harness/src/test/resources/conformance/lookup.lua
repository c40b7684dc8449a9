return function(id)
    if id == "missing" then
        return nil, errors.new({kind = errors.NOT_FOUND, message = "no order " .. id, retryable = false})
    end
    if id == "boom" then error("exploded") end
    return {id = id}
end
