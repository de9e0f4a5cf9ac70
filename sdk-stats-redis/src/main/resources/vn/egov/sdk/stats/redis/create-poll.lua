-- KEYS: poll key, poll index (sorted set). ARGV: poll JSON, creation ms, poll id.
if not redis.call('SET', KEYS[1], ARGV[1], 'NX') then
  return 0
end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
