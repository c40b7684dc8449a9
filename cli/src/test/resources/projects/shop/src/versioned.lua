local funcs = require("funcs")
local workflow = require("workflow")

local function main(input)
    local version = workflow.version("payment-v2", 1, 2)
    local result
    if version == 1 then
        result = funcs.call("shop:old_payment", input)
    else
        result = funcs.call("shop:new_payment", input)
    end
    return {version = version, result = result}
end

return { main = main }
