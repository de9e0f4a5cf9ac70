-- Applies a page-view batch's totals, once (the marker key makes a retry a no-op), and trims
-- presence older than the batch's horizon.
-- ARGV: prefix, marker, page views, forget-before ms, path count, then path/views pairs, then
-- day/visits pairs for visits that began inside the batch.
local p = ARGV[1]
if not redis.call('SET', p .. 'batch:' .. ARGV[2], '1', 'NX', 'EX', 86400) then
  return 0
end
redis.call('INCRBY', p .. 'pageViews', ARGV[3])
local forget = '(' .. ARGV[4]
redis.call('ZREMRANGEBYSCORE', p .. 'guests', '-inf', forget)
redis.call('ZREMRANGEBYSCORE', p .. 'members', '-inf', forget)
local paths = tonumber(ARGV[5])
local i = 6
for _ = 1, paths do
  redis.call('HINCRBY', p .. 'pages', ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i + 1 <= #ARGV do
  redis.call('INCRBY', p .. 'visits', ARGV[i + 1])
  redis.call('INCRBY', p .. 'daily:' .. ARGV[i] .. ':visits', ARGV[i + 1])
  i = i + 2
end
return 1
