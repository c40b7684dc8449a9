-- The activities of {{ns}}:{{name}}: three steps and the two compensations that undo them. Real
-- ones call an inventory service, a payment provider and a carrier (activities may do I/O).

local function invalid(message: string): error
    return errors.new({kind = errors.INVALID, message = message, retryable = false})
end

local function reserve(req: {order_id: string, items: {string}}): ({id: string}?, error?)
    if type(req.items) ~= "table" or #req.items == 0 then
        return nil, invalid("order " .. tostring(req.order_id) .. " has no items to reserve")
    end
    return {id = "res-" .. req.order_id}
end

local function charge(req: {order_id: string, amount: number}): ({id: string}?, error?)
    if type(req.amount) ~= "number" or req.amount <= 0 then
        return nil, invalid("amount must be a positive number")
    end
    return {id = "pay-" .. req.order_id}
end

local function ship(req: {order_id: string, reservation_id: string}): ({tracking: string}?, error?)
    return {tracking = "trk-" .. req.order_id .. "-" .. req.reservation_id}
end

-- Compensations are idempotent: Temporal may run one again after a timeout.
local function release(reservation_id: string): ({released: string}?, error?)
    if type(reservation_id) ~= "string" then
        return nil, invalid("release needs a reservation id")
    end
    return {released = reservation_id}
end

local function refund(payment_id: string): ({refunded: string}?, error?)
    if type(payment_id) ~= "string" then
        return nil, invalid("refund needs a payment id")
    end
    return {refunded = payment_id}
end

return {
    reserve = reserve,
    charge = charge,
    ship = ship,
    release = release,
    refund = refund,
}
