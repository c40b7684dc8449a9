return function(o)
    local ok = workflow.attrs({search = {status = "processing", order_total = o.total}, memo = {notes = "vip"}})
    local info = workflow.info()
    return {ok = ok, type = info.workflow_type, queue = info.task_queue, has_history = workflow.history_length() > 0}
end
