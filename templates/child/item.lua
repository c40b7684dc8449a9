-- {{ns}}:{{name}}_item: the child workflow of {{ns}}:{{name}}, one per item. Returning an error
-- fails this child only; the parent sees it in the child's exit event.

local funcs = require("funcs")

local function main(item: string): (any, error?)
    local processed, err = funcs.call("{{ns}}:{{name}}_process", item)
    if err then
        return nil, err
    end
    return processed
end

return { main = main }
