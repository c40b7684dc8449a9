return function()
    local v = workflow.exec("app:child", {n = 21})
    local _, cerr = workflow.exec("app:child", {fail = true})
    local pid = process.spawn("app:child", "app-queue", {n = 5})
    local ev = process.events():receive()
    local _, bad = process.spawn("app:child", "app:worker", {n = 1})
    return {
        sync = v.doubled, err_kind = cerr:kind(), err_msg = tostring(cerr),
        exit_kind = ev.kind, exit_from_pid = ev.from == pid, async = ev.result.value.doubled,
        wrong_queue = bad:kind()
    }
end
