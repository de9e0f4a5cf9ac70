-- One ballot per voter: HSETNX decides, atomically with the vote counts.
-- KEYS: ballots hash, votes hash. ARGV: voter id, chosen option ids joined by ',', then the option ids.
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return 0
end
for i = 3, #ARGV do
  redis.call('HINCRBY', KEYS[2], ARGV[i], 1)
end
return 1
