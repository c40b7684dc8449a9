local workflow = require("workflow")

local function main(input)
    local sync, err = workflow.exec("shop:child", {n = input.n})
    if err then
        return nil, err
    end
    local pid, serr = process.spawn("shop:child", "shop", {n = input.n + 1})
    if serr then
        return nil, serr
    end
    local events = process.events()
    local ev = events:receive()
    return {sync = sync, async_kind = ev.kind, async = ev.result, from_matches = ev.from == pid}
end

return { main = main }
