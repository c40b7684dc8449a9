return function(order)
    local tax, err = funcs.call("app:tax", order.total)
    if err then return nil, err end
    local _, missing = funcs.call("app:nowhere", 1)
    return {total = order.total + tax, missing = missing:kind()}
end
