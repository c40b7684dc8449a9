return function()
    local v, err = workflow.exec("desk:failing_child", 1)
    if err then
        return {kind = err:kind(), msg = tostring(err), is = errors.is(err, errors.CONFLICT), wrapped = tostring(errors.wrap(err, "parent"))}
    end
    return v
end
