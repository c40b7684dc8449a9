return function()
    return {ok = true, callback = function() end}
end
