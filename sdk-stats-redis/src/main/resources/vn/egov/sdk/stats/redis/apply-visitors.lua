-- Applies one chunk of a page-view batch's visitors, once (the marker key makes a retry a no-op).
-- ARGV: prefix, marker, idle gap in ms, then per visitor: id, member (1/0), first ms, last ms,
-- first day, last day.
local p = ARGV[1]
if not redis.call('SET', p .. 'batch:' .. ARGV[2], '1', 'NX', 'EX', 86400) then
  return 0
end
local idle = tonumber(ARGV[3])
local i = 4
while i + 5 <= #ARGV do
  local id, member, first, last = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3])
  local fday, lday = ARGV[i + 4], ARGV[i + 5]
  local old = nil
  local g = redis.call('ZSCORE', p .. 'guests', id)
  local m = redis.call('ZSCORE', p .. 'members', id)
  if g then old = tonumber(g) end
  if m and (old == nil or tonumber(m) > old) then old = tonumber(m) end
  if old == nil or first - old > idle then
    redis.call('INCR', p .. 'visits')
    redis.call('INCR', p .. 'daily:' .. fday .. ':visits')
  end
  if old == nil or last >= old then
    if member == '1' then
      redis.call('ZADD', p .. 'members', last, id)
      redis.call('ZREM', p .. 'guests', id)
    else
      redis.call('ZADD', p .. 'guests', last, id)
      redis.call('ZREM', p .. 'members', id)
    end
  end
  for _, day in ipairs({fday, lday}) do
    local key = p .. 'daily:' .. day .. ':uniques'
    redis.call('PFADD', key, id)
    redis.call('EXPIRE', key, 259200)
  end
  i = i + 6
end
return 1
