return function()
    local inbox = process.inbox()
    return inbox:receive():topic()
end
