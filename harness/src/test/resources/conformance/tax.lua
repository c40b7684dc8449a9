return function(amount) return amount // 10 end
