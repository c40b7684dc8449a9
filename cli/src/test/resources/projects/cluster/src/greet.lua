local funcs = require("funcs")
local time = require("time")

local function main(input)
    local person, err = funcs.call("app:lookup", input.name)
    if err then
        return nil, err
    end
    time.sleep(input.wait or "1s")
    local greeting, err2 = funcs.call("app:compose", person)
    if err2 then
        return nil, err2
    end
    return { greeting = greeting, n = input.n }
end

return { main = main }
