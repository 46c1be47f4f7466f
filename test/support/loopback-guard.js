// Tests talk only to 127.0.0.1: any other outbound TCP connection from the test process fails loudly.
import net from 'node:net'

const allowed = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1'])
const original = net.Socket.prototype.connect
net.Socket.prototype.connect = function guardedConnect(...args) {
  const opts = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] }
  const host = opts.host ?? (opts.path ? undefined : 'localhost')
  if (host !== undefined && !allowed.has(host) && !String(host).startsWith('127.')) {
    throw new Error(`test tried to connect to ${host}:${opts.port}; tests talk only to 127.0.0.1`)
  }
  return original.apply(this, args)
}
