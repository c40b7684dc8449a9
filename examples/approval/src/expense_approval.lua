-- app:expense_approval: asks the approvers for a decision, then waits for an "approve" or "reject"
-- signal (`wflow signal WID approve '{"by":"alice"}'`, or process.send from application code)
-- for at most 24 hours. Signals are never lost: one sent before the workflow listens waits.

local funcs = require("funcs")
local time = require("time")

type Request = {id: string, amount: number}

type Decision = {
    status: "approved" | "rejected" | "timed_out" | "failed",
    by: string?,
    reason: string?,
    error: string?,
}

local TIMEOUT = "24h"

local function main(request: Request): Decision
    local approve = process.listen("approve")
    local reject = process.listen("reject")

    local _, notify_err = funcs.call("app:expense_approval_notify", {
        id = request.id,
        amount = request.amount,
    })
    if notify_err then
        return {status = "failed", error = tostring(notify_err)}
    end

    -- A durable timer: the timeout holds across worker restarts.
    local deadline = time.after(TIMEOUT)
    local got = channel.select({
        approve:case_receive(),
        reject:case_receive(),
        deadline:case_receive(),
    })

    if got.channel == approve then
        return {status = "approved", by = got.value.by}
    elseif got.channel == reject then
        return {status = "rejected", by = got.value.by, reason = got.value.reason}
    end
    return {status = "timed_out"}
end

return { main = main }
