return function()
    workflow.attrs({search = {color = "red"}})
    return "unreachable"
end
