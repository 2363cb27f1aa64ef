/**
 * Erlang C staffing arithmetic, `service-charter/erlang-c`: the standard model of a queue
 * answered by `agents` interchangeable agents, for planning figures (not the live wait,
 * which comes from the feed). `traffic` is the offered load in Erlangs: calls per second ×
 * average handle time in seconds. DOM-free; runs in Node. See docs/feed-format.md.
 *
 * ```js
 * import { trafficErlangs, agentsForServiceLevel } from 'service-charter/erlang-c';
 * const traffic = trafficErlangs(200, 180); // 10 Erlangs
 * agentsForServiceLevel(traffic, 180, 20, 0.8); // agents to answer 80 % within 20 s
 * ```
 * @module
 */

/** Offered traffic in Erlangs from calls per hour and the average handle time in seconds. */
export function trafficErlangs(callsPerHour: number, averageHandleSeconds: number): number {
  return (callsPerHour * averageHandleSeconds) / 3600;
}

/**
 * The probability that a caller has to wait (Erlang C formula), computed through the
 * Erlang B recursion so large agent counts do not overflow. 1 when the agents cannot
 * keep up (traffic ≥ agents).
 */
export function probabilityOfWaiting(traffic: number, agents: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  let blocking = 1; // Erlang B with 0 agents
  for (let n = 1; n <= agents; n++) blocking = (traffic * blocking) / (n + traffic * blocking);
  return (agents * blocking) / (agents - traffic * (1 - blocking));
}

/** Average speed of answer in seconds: the mean wait over all callers. Infinity when overloaded. */
export function averageSpeedOfAnswer(traffic: number, agents: number, averageHandleSeconds: number): number {
  if (agents <= traffic) return traffic <= 0 ? 0 : Infinity;
  return (probabilityOfWaiting(traffic, agents) * averageHandleSeconds) / (agents - traffic);
}

/** The share of callers (0–1) answered within `targetSeconds`: the service level. */
export function serviceLevel(
  traffic: number,
  agents: number,
  averageHandleSeconds: number,
  targetSeconds: number,
): number {
  if (agents <= traffic) return traffic <= 0 ? 1 : 0;
  const waits = probabilityOfWaiting(traffic, agents);
  return 1 - waits * Math.exp((-(agents - traffic) * targetSeconds) / averageHandleSeconds);
}

/** The fewest agents that answer at least `share` (0–1) of callers within `targetSeconds`. */
export function agentsForServiceLevel(
  traffic: number,
  averageHandleSeconds: number,
  targetSeconds: number,
  share: number,
): number {
  let agents = Math.max(1, Math.floor(traffic) + 1);
  while (serviceLevel(traffic, agents, averageHandleSeconds, targetSeconds) < share) agents++;
  return agents;
}
