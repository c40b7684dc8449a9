local function notify(msg) return {sent = true} end
local function reserve(items) return {id = "res-1"} end
local function release(id) return {released = id} end
local function charge(p) return {id = "pay-1"} end
local function refund(id) return {refunded = id} end
local function ship(s)
    if not s or not s.address then
        return nil, errors.new({message = "no address", kind = errors.INVALID, retryable = false})
    end
    return {tracking = "T-1"}
end
local function price(n) return n * 10 end
return {notify = notify, reserve = reserve, release = release, charge = charge, refund = refund, ship = ship, price = price}
