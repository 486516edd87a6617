// Checks that the output folder can take the outputs before any rendering work is spent.
import {constants} from 'node:fs'
import {access, mkdir} from 'node:fs/promises'
import {StageError} from '../stage-error.js'

/**
 * Create `folder` if needed and make sure it is writable.
 *
 * @param folder - Output folder.
 * @throws {StageError} Naming the folder when it cannot be written.
 */
export async function assertWritable(folder: string): Promise<void> {
  try {
    await mkdir(folder, {recursive: true})
    await access(folder, constants.W_OK)
  } catch (error) {
    throw new StageError('write', `Cannot write to output folder \`${folder}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}
