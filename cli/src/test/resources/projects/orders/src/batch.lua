local function main(orders)
  local results = {}
  for i, order in ipairs(orders) do
    local result, err = workflow.exec("app:order_workflow", order)
    if err then
      return nil, err
    end
    results[i] = result.status
  end
  return results
end

return {main = main}
