-- Reads the visitor figures in one round trip.
-- ARGV: prefix, online-since ms, today (YYYY-MM-DD).
local p = ARGV[1]
local function num(v) if v then return tonumber(v) else return 0 end end
return {
  redis.call('ZCOUNT', p .. 'guests', ARGV[2], '+inf'),
  redis.call('ZCOUNT', p .. 'members', ARGV[2], '+inf'),
  num(redis.call('GET', p .. 'visits')),
  num(redis.call('GET', p .. 'pageViews')),
  num(redis.call('GET', p .. 'daily:' .. ARGV[3] .. ':visits')),
  redis.call('PFCOUNT', p .. 'daily:' .. ARGV[3] .. ':uniques')
}
