/** Greets someone. */
export function greet(name = 'world') {
  return `Hello, ${String(name).slice(0, 64)}!`
}
