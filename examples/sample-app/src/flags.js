// The greeter's feature flag, `new-greeting`, through OpenFeature: only when FLAG_FILE names a flagd flag file
// (the file Shipline's staged-rollout `flag` strategy writes). The provider (@shipline/openfeature-provider)
// reloads the file when the rollout changes it, and guards the new code path with a circuit breaker: when the
// new greeting fails (or gets slow) for too many users, the flag switches itself off in this process and
// everyone gets the old greeting, before the rollout's analysis even looks. Both packages are loaded only when
// flags are on, so the app runs without them (an app that uses flags lists them in its dependencies).

export const FLAG = 'new-greeting'

/** The breaker's settings: at least 10 calls of the new path in 10 s, 20 % failing or p99 above 250 ms trips it. */
export const BREAKER = { minimumRequests: 10, errorRatePercent: 20, latency: { percentile: 99, thresholdMs: 250 }, windowMs: 10_000, openMs: 15_000, halfOpenTrials: 3 }

export async function startFlags(path, log = console.log) {
  const [{ OpenFeature }, { ShiplineProvider }] = await Promise.all([import('@openfeature/server-sdk'), import('@shipline/openfeature-provider')])
  const provider = new ShiplineProvider({
    path,
    pollMs: 500,
    breakers: { [FLAG]: BREAKER },
    onTransition: (key, e) => log(`flag ${key}: circuit ${e.from} -> ${e.to}: ${e.reason}`),
  })
  await OpenFeature.setProviderAndWait(provider)
  const client = OpenFeature.getClient('greeter')
  const paths = { on: 0, off: 0, fallback: 0 }
  return {
    /** Answer with the new greeting when the flag is on for this user, the old one otherwise or when the new one fails. */
    async greeting(user, branches) {
      const r = await provider.guard(client, FLAG, { targetingKey: user }, branches)
      paths[r.path]++
      return r
    },
    stats: () => {
      const breaker = provider.breakerState(FLAG)
      return { key: FLAG, breaker, breakerOpen: breaker === 'CLOSED' ? 0 : 1, paths: { ...paths } }
    },
    close: () => OpenFeature.close(),
  }
}
