local function lookup(name)
    return { name = name, title = "Dr." }
end

local function compose(person)
    return "Hello, " .. person.title .. " " .. person.name .. "!"
end

return { lookup = lookup, compose = compose }
