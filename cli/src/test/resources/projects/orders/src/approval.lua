local function main(request)
  local approvals = process.listen("approve")
  local expiry = time.after("24h")
  local picked = channel.select({approvals:case_receive(), expiry:case_receive()})
  if picked.channel == expiry then
    return {status = "expired", id = request.id}
  end
  funcs.call("app:notify", {id = request.id, by = picked.value.by})
  return {status = "approved", id = request.id, by = picked.value.by}
end

return {main = main}
