local function book(req)
    return {ref = "B-" .. req.id}
end

return { book = book }
