-- The activities of {{ns}}:{{name}}. Real ones call a pricing service and a payment provider.

type Priced = {order_id: string, amount: number}

local function invalid(message: string): error
    return errors.new({kind = errors.INVALID, message = message, retryable = false})
end

-- Ten percent off orders of 100 or more.
local function discount(req: Priced): (Priced?, error?)
    if type(req.amount) ~= "number" or req.amount <= 0 then
        return nil, invalid("amount must be a positive number")
    end
    if req.amount >= 100 then
        return {order_id = req.order_id, amount = req.amount * 0.9}
    end
    return {order_id = req.order_id, amount = req.amount}
end

local function charge(req: Priced): ({id: string, amount: number}?, error?)
    if type(req.amount) ~= "number" or req.amount <= 0 then
        return nil, invalid("amount must be a positive number")
    end
    return {id = "pay-" .. req.order_id, amount = req.amount}
end

return {
    discount = discount,
    charge = charge,
}
