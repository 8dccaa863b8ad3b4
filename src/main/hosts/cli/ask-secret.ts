import { CliError } from './io'

/**
 * The backup passphrase: `CLAS_BACKUP_PASSPHRASE`, else typed on the terminal without echo.
 * Never on the command line, where other users of the machine could read it in the process list.
 */
export async function askPassphrase(prompt: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.CLAS_BACKUP_PASSPHRASE
  if (fromEnv) return fromEnv
  const stdin = process.stdin
  if (!stdin.isTTY) throw new CliError('Cette sauvegarde est chiffrée : donnez sa phrase de passe dans la variable d’environnement CLAS_BACKUP_PASSPHRASE.')
  return readHidden(prompt, 'Interrompu : rien n’a été restauré.')
}

/** A line typed on the terminal without echo; Ctrl+C refuses with `interrupted`. */
export async function readHidden(prompt: string, interrupted: string): Promise<string> {
  const stdin = process.stdin
  process.stderr.write(prompt)
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = ''
      const onData = (chunk: string) => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') {
            stdin.off('data', onData)
            return resolve(typed)
          }
          if (ch === '\u0003') {
            stdin.off('data', onData)
            return reject(new CliError(interrupted, 130))
          }
          typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch
        }
      }
      stdin.on('data', onData)
    })
  } finally {
    stdin.setRawMode(false)
    stdin.pause()
    process.stderr.write('\n')
  }
}
