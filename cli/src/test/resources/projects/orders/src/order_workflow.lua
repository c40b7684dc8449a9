local function main(order)
  local payment, err = funcs.call("app:charge_payment", {amount = order.total, customer = order.customer_id})
  if err then
    return {status = "failed", error = tostring(err)}
  end
  time.sleep("1h")
  local shipment, err2 = funcs.call("app:ship_order", {order_id = order.id})
  if err2 then
    funcs.call("app:refund_payment", payment.id)
    return {status = "failed", error = tostring(err2)}
  end
  return {status = "completed", payment_id = payment.id, tracking = shipment.tracking_number}
end

return {main = main}
