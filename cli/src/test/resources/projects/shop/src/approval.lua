local time = require("time")
local funcs = require("funcs")

local function main(req)
    local approvals = process.listen("approve")
    local rejections = process.listen("reject")
    local timeout = time.after("72h")

    local r = channel.select{
        approvals:case_receive(),
        rejections:case_receive(),
        timeout:case_receive(),
    }
    if r.channel == timeout then
        funcs.call("shop:notify", {to = req.owner, text = "approval timed out"})
        return {status = "timed_out"}
    elseif r.channel == rejections then
        return {status = "rejected", by = r.value.by}
    end
    return {status = "approved", by = r.value.by}
end

return { main = main }
