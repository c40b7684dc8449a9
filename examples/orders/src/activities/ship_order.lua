-- Activity: hands the order to the carrier and returns its tracking number.

type ShipRequest = {order_id: string, address: string?}
type Shipment = {tracking_number: string}

local function ship(req: ShipRequest): (Shipment?, error?)
    if req.address == nil or req.address == "" then
        return nil, errors.new({
            kind = errors.INVALID,
            message = "order " .. req.order_id .. " has no shipping address",
            retryable = false,
        })
    end
    return {tracking_number = "TRK-" .. req.order_id}
end

return { ship = ship }
