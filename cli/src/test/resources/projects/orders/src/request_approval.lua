local function main(id)
  local pid, err = process.spawn("app:approval", "app:worker", {id = id})
  if err then
    return nil, err
  end
  return pid
end

return {main = main}
