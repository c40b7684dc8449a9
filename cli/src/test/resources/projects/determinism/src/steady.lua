local function main()
  for i, id in ipairs({"det:step_a", "det:step_b", "det:step_c"}) do
    funcs.call(id, i)
  end
  time.sleep("1h")
  return "done"
end

return {main = main}
