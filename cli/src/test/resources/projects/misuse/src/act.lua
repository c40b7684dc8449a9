return {main = function(x) return {echo = x} end}
