/**
 * Preloaded into every process `npm start` spawns (NODE_OPTIONS=--import, see processes.ts): when
 * the process's parent is gone — `npm start` killed with SIGKILL, say, where no exit handler
 * runs — the process stops itself instead of living on as an orphan holding its port. Its own
 * children (a site build started by the CMS) are covered the same way. Plain JavaScript: it is
 * loaded into whatever Node runs the child.
 */
import process from 'node:process'
import { setInterval, setTimeout } from 'node:timers'

const parentPid = process.ppid

setInterval(() => {
  if (process.ppid === parentPid) return
  process.kill(process.pid, 'SIGTERM')
  setTimeout(() => process.exit(1), 5000).unref()
}, 1000).unref()
