local funcs = require("funcs")
local time = require("time")

local function main(input)
    time.sleep("10m")
    local p, err = funcs.call("shop:price", input.n)
    if err then return nil, err end
    return {n = input.n, price = p}
end

return { main = main }
