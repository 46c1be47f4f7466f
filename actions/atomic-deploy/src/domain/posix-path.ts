/** POSIX path helpers without I/O (node:path/posix is pure; re-exported so domain code imports one module). */
import path from 'node:path'

export const posix = path.posix
