return {
    slow = function(n) return n * 2 end,
    unstable = function() error("flaky backend") end,
    cleanup = function(x) return true end,
}
