local funcs = require("funcs")

local function run_compensations(compensations)
    for _, comp in ipairs(compensations) do
        funcs.call(comp.action, comp.args)
    end
end

local function main(order)
    local compensations = {}

    local reservation, err = funcs.call("shop:reserve_inventory", order.items)
    if err then
        return {status = "failed", step = "inventory", error = tostring(err)}
    end
    table.insert(compensations, 1, {action = "shop:release_inventory", args = reservation.id})

    local payment, err = funcs.call("shop:charge_payment", order.payment)
    if err then
        run_compensations(compensations)
        return {status = "failed", step = "payment", error = tostring(err)}
    end
    table.insert(compensations, 1, {action = "shop:refund_payment", args = payment.id})

    local shipment, err = funcs.call("shop:ship_order", order.shipping)
    if err then
        run_compensations(compensations)
        return {status = "failed", step = "shipping", error = tostring(err), kind = err:kind()}
    end

    return {status = "completed", tracking = shipment.tracking}
end

return { main = main }
