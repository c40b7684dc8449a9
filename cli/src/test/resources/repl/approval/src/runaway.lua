local function main()
    local n = 0
    while true do
        n = n + 1
    end
    return n
end

return { main = main }
