-- {{ns}}:{{name}}: a saga. Reserve the items, charge the payment, ship. Each step that succeeds
-- registers how to undo it; when a later step fails, the registered compensations run newest
-- first, and a compensation that fails does not stop the others from running.

local funcs = require("funcs")

type Order = {id: string, items: {string}, amount: number}

type Compensation = {activity: string, args: any}

type SagaResult = {
    status: "completed" | "failed",
    step: string?,
    error: string?,
    reservation_id: string?,
    payment_id: string?,
    tracking: string?,
    compensation_errors: {string}?,
}

-- Runs the compensations newest first and returns the ones that failed (after their own
-- retries): those need a human, so they are reported, not raised.
local function compensate(compensations: {Compensation}): {string}
    local failed = {}
    for i = #compensations, 1, -1 do
        local c = compensations[i]
        local _, err = funcs.call(c.activity, c.args)
        if err then
            table.insert(failed, c.activity .. ": " .. tostring(err))
        end
    end
    return failed
end

local function main(order: Order): SagaResult
    local compensations: {Compensation} = {}

    local function failed(step: string, err: error): SagaResult
        return {
            status = "failed",
            step = step,
            error = tostring(err),
            compensation_errors = compensate(compensations),
        }
    end

    local reservation, reserve_err = funcs.call("{{ns}}:{{name}}_reserve", {
        order_id = order.id,
        items = order.items,
    })
    if reserve_err then
        return failed("reserve", reserve_err)
    end
    -- Registered only once the step succeeded: a failed reservation has nothing to release.
    table.insert(compensations, {activity = "{{ns}}:{{name}}_release", args = reservation.id})

    local payment, charge_err = funcs.call("{{ns}}:{{name}}_charge", {
        order_id = order.id,
        amount = order.amount,
    })
    if charge_err then
        return failed("charge", charge_err)
    end
    table.insert(compensations, {activity = "{{ns}}:{{name}}_refund", args = payment.id})

    local shipment, ship_err = funcs.call("{{ns}}:{{name}}_ship", {
        order_id = order.id,
        reservation_id = reservation.id,
    })
    if ship_err then
        return failed("ship", ship_err)
    end

    return {
        status = "completed",
        reservation_id = reservation.id,
        payment_id = payment.id,
        tracking = shipment.tracking,
    }
end

return { main = main }
