return function()
    local order = {id = "o1", lines = {}}
    order.lines[1] = {order = order}
    return order
end
