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
 *
 * Every function checks its arguments and throws a RangeError naming the first that is
 * out of range: traffic and times finite and ≥ 0 (a handle time > 0), agents a whole
 * number ≥ 0 up to `MAX_AGENTS`, and a share from 0 up to (not including) 1.
 * @module
 */

/** The most agents the functions accept or return: far beyond any single queue. */
export const MAX_AGENTS = 100_000;

function check(name: string, value: number, valid: boolean, rule: string): void {
  if (typeof value !== 'number' || !valid) throw new RangeError(`${name} must be ${rule} (got ${value})`);
}
const checkAmount = (name: string, value: number) =>
  check(name, value, Number.isFinite(value) && value >= 0, 'a finite number ≥ 0');
const checkHandle = (value: number) =>
  check('averageHandleSeconds', value, Number.isFinite(value) && value > 0, 'a finite number > 0');
const checkAgents = (value: number) =>
  check(
    'agents',
    value,
    Number.isInteger(value) && value >= 0 && value <= MAX_AGENTS,
    `a whole number from 0 to ${MAX_AGENTS}`,
  );

/** Offered traffic in Erlangs from calls per hour and the average handle time in seconds. */
export function trafficErlangs(callsPerHour: number, averageHandleSeconds: number): number {
  checkAmount('callsPerHour', callsPerHour);
  checkAmount('averageHandleSeconds', averageHandleSeconds);
  return (callsPerHour * averageHandleSeconds) / 3600;
}

/**
 * The probability that a caller has to wait (Erlang C formula), computed through the
 * Erlang B recursion so large agent counts do not overflow. 1 when the agents cannot
 * keep up (traffic ≥ agents).
 */
export function probabilityOfWaiting(traffic: number, agents: number): number {
  checkAmount('traffic', traffic);
  checkAgents(agents);
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  let blocking = 1; // Erlang B with 0 agents
  for (let n = 1; n <= agents; n++) blocking = (traffic * blocking) / (n + traffic * blocking);
  return (agents * blocking) / (agents - traffic * (1 - blocking));
}

/** Average speed of answer in seconds: the mean wait over all callers. Infinity when overloaded. */
export function averageSpeedOfAnswer(traffic: number, agents: number, averageHandleSeconds: number): number {
  checkAmount('traffic', traffic);
  checkAgents(agents);
  checkHandle(averageHandleSeconds);
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
  checkAmount('traffic', traffic);
  checkAgents(agents);
  checkHandle(averageHandleSeconds);
  checkAmount('targetSeconds', targetSeconds);
  if (agents <= traffic) return traffic <= 0 ? 1 : 0;
  const waits = probabilityOfWaiting(traffic, agents);
  return 1 - waits * Math.exp((-(agents - traffic) * targetSeconds) / averageHandleSeconds);
}

/**
 * The fewest agents that answer at least `share` (0 ≤ share < 1: 0.8, not 80) of callers
 * within `targetSeconds`. A RangeError when more than `MAX_AGENTS` would be needed.
 */
export function agentsForServiceLevel(
  traffic: number,
  averageHandleSeconds: number,
  targetSeconds: number,
  share: number,
): number {
  checkAmount('traffic', traffic);
  checkHandle(averageHandleSeconds);
  checkAmount('targetSeconds', targetSeconds);
  check('share', share, share >= 0 && share < 1, 'a share from 0 up to 1, e.g. 0.8 for 80 %');
  for (let agents = Math.max(1, Math.floor(traffic) + 1); agents <= MAX_AGENTS; agents++) {
    if (serviceLevel(traffic, agents, averageHandleSeconds, targetSeconds) >= share) return agents;
  }
  throw new RangeError(`more than ${MAX_AGENTS} agents would be needed`);
}
