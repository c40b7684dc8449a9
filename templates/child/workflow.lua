-- {{ns}}:{{name}}: fans out one {{ns}}:{{name}}_item child workflow per item, all running at
-- once, and collects their results in item order. A child's exit arrives on process.events()
-- as a {kind = process.event.EXIT, from = pid, result = {value = ..., error = ...}} event.

local workflow = require("workflow")

type Batch = {items: {string}}

type Failure = {item: string, error: string}

type BatchResult = {
    status: "completed" | "failed",
    results: {any}?,
    failures: {Failure}?,
}

local function main(batch: Batch): BatchResult
    -- Inside a workflow, process.spawn's second argument is a task queue: the children run on
    -- this workflow's own queue.
    local info = workflow.info()
    local events = process.events()

    local index_of: {[string]: number} = {}
    local failures: {Failure} = {}
    local waiting = 0
    for i, item in ipairs(batch.items) do
        local pid, err = process.spawn("{{ns}}:{{name}}_item", info.task_queue, item)
        if err then
            table.insert(failures, {item = item, error = tostring(err)})
        else
            index_of[pid] = i
            waiting = waiting + 1
        end
    end

    local results = {}
    while waiting > 0 do
        local event = events:receive()
        local i = index_of[event.from]
        if event.kind == process.event.EXIT and i then
            index_of[event.from] = nil
            waiting = waiting - 1
            if event.result.error then
                table.insert(failures, {item = batch.items[i], error = tostring(event.result.error)})
            else
                results[i] = event.result.value
            end
        end
    end

    if #failures > 0 then
        return {status = "failed", failures = failures}
    end
    return {status = "completed", results = results}
end

return { main = main }
