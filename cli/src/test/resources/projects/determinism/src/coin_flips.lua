local function main()
  for i = 1, 12 do
    -- wflow:ignore D102 deliberately non-deterministic: the replay check must catch it
    if math.random(2) == 1 then
      funcs.call("det:step_a", i)
    else
      funcs.call("det:step_b", i)
    end
  end
  return "done"
end

return {main = main}
