local function charge(req)
  return {id = "pay-real-" .. tostring(req.customer)}
end

local function ship(req)
  return {tracking_number = "T-" .. req.order_id}
end

local function refund(payment_id)
  return {refunded = payment_id}
end

local function notify(msg)
  return true
end

return {charge = charge, ship = ship, refund = refund, notify = notify}
