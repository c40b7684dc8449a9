-- Activity: refunds a payment made by charge_payment (the saga's compensation).

type Refund = {payment_id: string, refunded: boolean}

local function refund(payment_id: string): (Refund?, error?)
    if type(payment_id) ~= "string" or payment_id == "" then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "refund needs a payment id",
            retryable = false,
        })
    end
    return {payment_id = payment_id, refunded = true}
end

return { refund = refund }
