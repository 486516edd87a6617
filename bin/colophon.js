#!/usr/bin/env node
// Entry point: runs the compiled CLI (`npm run compile` writes lib/) and exits with the code it returns.
import {main} from '../lib/cli.js'

const code = await main(process.argv)
// The build is over: exit now rather than when the event loop empties. Helpers of a Chrome that
// crashed can outlive it for a while holding pipes to this process, which would keep a finished
// build waiting on them. Output written so far is flushed first.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', resolve))))
process.exit(code)
