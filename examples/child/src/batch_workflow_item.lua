-- app:batch_workflow_item: the child workflow of app:batch_workflow, one per item. Returning an error
-- fails this child only; the parent sees it in the child's exit event.

local funcs = require("funcs")

local function main(item: string): (any, error?)
    local processed, err = funcs.call("app:batch_workflow_process", item)
    if err then
        return nil, err
    end
    return processed
end

return { main = main }
