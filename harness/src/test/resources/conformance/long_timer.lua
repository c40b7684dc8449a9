return function()
    local start = time.now()
    time.sleep("24h")
    time.sleep(1000 * time.MILLISECOND)
    return {waited = math.floor(time.now():sub(start):seconds()), os_ok = os.time() >= start:unix()}
end
