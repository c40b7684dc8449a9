-- {{ns}}:{{name}}: charges an order. Version 2 of this code added a discount step before the
-- charge. Runs that started under version 1 are still in flight when version 2 is deployed;
-- replaying their history through new code that calls an extra activity would fail, so the
-- change is guarded by workflow.version: those runs keep version 1, new runs get version 2.
-- Once no version-1 run is left, raise the minimum to 2 and delete the old branch.

local funcs = require("funcs")
local workflow = require("workflow")

type Order = {id: string, amount: number}

type Receipt = {
    status: "charged" | "failed",
    version: number,
    amount: number?,
    payment_id: string?,
    error: string?,
}

local function main(order: Order): Receipt
    local version = workflow.version("{{name}}-discount", 1, 2)

    local amount = order.amount
    if version >= 2 then
        local discounted, err = funcs.call("{{ns}}:{{name}}_discount", {
            order_id = order.id,
            amount = amount,
        })
        if err then
            return {status = "failed", version = version, error = tostring(err)}
        end
        amount = discounted.amount
    end

    local payment, charge_err = funcs.call("{{ns}}:{{name}}_charge", {
        order_id = order.id,
        amount = amount,
    })
    if charge_err then
        return {status = "failed", version = version, error = tostring(charge_err)}
    end
    return {status = "charged", version = version, amount = amount, payment_id = payment.id}
end

return { main = main }
