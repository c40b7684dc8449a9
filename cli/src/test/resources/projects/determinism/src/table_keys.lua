local function main()
  local steps = {}
  for _, id in ipairs({"det:step_a", "det:step_b", "det:step_c", "det:step_d",
                       "det:step_a", "det:step_b", "det:step_c", "det:step_d"}) do
    steps[{name = id}] = id
  end
  local count = 0
  -- wflow:ignore D108 deliberately iterates in identity-hash order
  for _, id in pairs(steps) do
    funcs.call(id, count)
    count = count + 1
  end
  return count
end

return {main = main}
