/** Greets someone. */
export function greet(name = 'world') {
  return `Hello, ${String(name).slice(0, 64)}!`
}

/** The new greeting, rolled out behind the `new-greeting` feature flag (see src/flags.js). */
export function greetWarmly(name = 'world') {
  return `Welcome back, ${String(name).slice(0, 64)}!`
}
