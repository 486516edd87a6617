#!/usr/bin/env node
// Entry point: runs the compiled CLI (`npm run compile` writes lib/) and sets the exit code it returns.
import {main} from '../lib/cli.js'

process.exitCode = await main(process.argv)
