local funcs = require("funcs")
local time = require("time")

local function main(items)
    local results = channel.new(#items)
    for i, item in ipairs(items) do
        coroutine.spawn(function()
            time.sleep(tostring(i) .. "m")
            local p, err = funcs.call("shop:price", item)
            results:send({i = i, price = p, err = err and tostring(err)})
        end)
    end
    local total = 0
    local order = {}
    for _ = 1, #items do
        local r = results:receive()
        total = total + r.price
        table.insert(order, r.i)
    end
    return {total = total, order = order}
end

return { main = main }
