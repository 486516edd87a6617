// Every rule Colophon has, in the order they run and are documented.
import type {Rule} from '../rule.js'
import {anchorMissing} from './link/anchor-missing.js'
import {fileMissing} from './link/file-missing.js'

/** All rules. */
export const rules: readonly Rule[] = [fileMissing, anchorMissing]
