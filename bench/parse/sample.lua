-- Order fulfilment workflow: a representative Wippy workflow for the parse benchmark.
-- It mixes plain Lua, the 5.3 operators and the gradual type syntax the way real code does.

type OrderId = string
type Money = {amount: integer, currency: "EUR" | "USD"}
type Line = {sku: string, qty: integer, price: Money}
type Order = {id: OrderId, lines: {Line}, customer: string, express?: boolean}
type Result<T> = {ok: boolean, value: T?, err: string?}

interface Notifier
  function notify(self, customer: string, text: string): (boolean, string?)
  channel: string
end

local funcs = require("funcs")
local time = require("time")
local json = require("json")

local MAX_RETRIES: integer = 3
local BATCH = 1 << 4

--- Sums an order's lines in cents.
local function total(order: Order): Money
  local sum = 0
  for _, line in ipairs(order.lines) do
    sum = sum + line.qty * line.price.amount
  end
  return {amount = sum // 1, currency = order.lines[1].price.currency}
end

local function chunks<T>(items: {T}, size: integer): {{T}}
  local out: {{T}} = {}
  for i = 1, #items, size do
    local part = {}
    for j = i, math.min(i + size - 1, #items) do
      part[#part + 1] = items[j]
    end
    out[#out + 1] = part
  end
  return out
end

local function reserve(line: Line): (boolean, string?)
  local attempt = 0
  while attempt < MAX_RETRIES do
    local res, err = funcs.call("app.inventory:reserve", {sku = line.sku, qty = line.qty})
    if not err then
      return true, nil
    end
    attempt = attempt + 1
    time.sleep(string.format("%ds", attempt * 2))
  end
  return false, "could not reserve " .. line.sku
end

local function flags(order: Order): integer
  local f = 0
  if order.express then
    f = f | 0x1
  end
  if #order.lines > BATCH then
    f = f | 0x2
  end
  return f & 0xff
end

local function charge(order: Order, amount: Money): Result<string>
  local payment, err = funcs.call("app.payments:charge", {
    order = order.id,
    amount = amount.amount,
    currency = amount.currency,
  })
  if err then
    return {ok = false, err = tostring(err)}
  end
  return {ok = true, value = (payment :: {id: string}).id}
end

local function main(order: Order): (table?, string?)
  local started = time.now()
  local reserved: {string} = {}
  for _, batch in ipairs(chunks(order.lines, BATCH)) do
    for _, line in ipairs(batch) do
      local ok, err = reserve(line)
      if not ok then
        for _, sku in ipairs(reserved) do
          funcs.call("app.inventory:release", {sku = sku})
        end
        return nil, err
      end
      reserved[#reserved + 1] = line.sku
    end
  end

  local amount = total(order)
  local paid = charge(order, amount)
  if not paid.ok then
    return nil, paid.err
  end

  local shipment = funcs.call("app.shipping:create", {
    order = order.id,
    express = flags(order) & 1 == 1,
    ["payment"] = paid.value!,
  })
  local elapsed = time.now():sub(started):seconds()
  return {
    order = order.id,
    payment = paid.value,
    shipment = shipment,
    elapsed = elapsed // 1,
    summary = json.encode({lines = #order.lines, cents = amount.amount % 100}),
  }, nil
end

return {main = main, total = total, flags = flags}
