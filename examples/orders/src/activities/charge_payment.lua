-- Activity: charges the customer. A real deployment calls its payment provider
-- here (activities may do I/O); this example approves every positive amount.

type ChargeRequest = {amount: number, customer: string}
type Payment = {id: string, amount: number, customer: string}

local function charge(req: ChargeRequest): (Payment?, error?)
    if type(req.amount) ~= "number" or req.amount <= 0 then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "amount must be a positive number",
            retryable = false,
        })
    end
    local id = uuid.v4()
    return {id = "pay-" .. id, amount = req.amount, customer = req.customer}
end

return { charge = charge }
