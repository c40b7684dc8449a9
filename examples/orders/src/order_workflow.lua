-- Order fulfilment: charge the payment, wait out a one-hour cooling-off period
-- (a durable Temporal timer: it survives worker restarts), then ship. When
-- shipping fails the payment is refunded before the workflow reports failure.

local funcs = require("funcs")
local time = require("time")

type Order = {
    id: string,
    total: number,
    customer_id: string,
    shipping_address: string?,
}

type OrderResult = {
    status: "completed" | "failed",
    step: string?,
    payment_id: string?,
    tracking: string?,
    error: string?,
}

local COOLING_OFF = "1h"

local function failed(step: string, err: error): OrderResult
    return {status = "failed", step = step, error = tostring(err)}
end

local function main(order: Order): OrderResult
    local payment, charge_err = funcs.call("app:charge_payment", {
        amount = order.total,
        customer = order.customer_id,
    })
    if charge_err then
        return failed("payment", charge_err)
    end

    time.sleep(COOLING_OFF)

    local shipment, ship_err = funcs.call("app:ship_order", {
        order_id = order.id,
        address = order.shipping_address,
    })
    if ship_err then
        -- Compensate: the customer must not pay for an order that never ships.
        local _, refund_err = funcs.call("app:refund_payment", payment.id)
        if refund_err then
            return failed("refund", refund_err)
        end
        return failed("shipping", ship_err)
    end

    return {
        status = "completed",
        payment_id = payment.id,
        tracking = shipment.tracking_number,
    }
end

return { main = main }
