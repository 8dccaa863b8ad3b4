import { ApiError } from '../../../../shared/contract/errors'
import { readCompteRowByNom } from '../../../store/repos/comptes'
import type { Role, TypeSecret } from '../../../../shared/access/secret-rules'
import { openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

/** A line typed on the terminal without echo. */
async function askHidden(prompt: string): Promise<string> {
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
            return reject(new CliError('Interrompu : rien n’a été changé.', 130))
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

/**
 * `clas account reset --name NOM`: a forgotten password replaced (and the account unlocked).
 * Whoever holds the file holds the data, so the command line needs no session; the password comes
 * from CLAS_NOUVEAU_MOT_DE_PASSE or is typed twice, never on the command line (process list).
 */
export async function accountResetCommand(flags: { db?: string; name?: string }, io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!flags.name) throw new CliError('Indiquez le compte : --name "Nadia B." (le nom affiché sur l’écran de verrouillage).', 2)
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const row = readCompteRowByNom(workspace.context().db, flags.name)
    if (!row) throw new CliError(`Aucun compte ne s'appelle « ${flags.name} ».`)
    let secret = env.CLAS_NOUVEAU_MOT_DE_PASSE
    if (!secret) {
      if (!process.stdin.isTTY) throw new CliError('Donnez le nouveau mot de passe dans la variable d’environnement CLAS_NOUVEAU_MOT_DE_PASSE.')
      secret = await askHidden(`Nouveau mot de passe de « ${row.nom} » : `)
      if ((await askHidden('Le même, pour confirmer : ')) !== secret) throw new CliError('Les deux saisies diffèrent : rien n’a été changé.')
    }
    const collectifIds = (workspace.context().sqlite.prepare('SELECT collectif_id AS id FROM compte_collectifs WHERE compte_id = ?').all(row.id) as { id: string }[]).map((r) => r.id)
    try {
      // A PIN becomes a password: the command line is where a forgotten coordinator's account comes back.
      await dispatch('comptes.save', { id: row.id, nom: row.nom, role: row.role as Role, type: 'mot_de_passe' satisfies TypeSecret, secret, collectifIds, actif: true })
    } catch (error) {
      if (error instanceof ApiError) throw new CliError(error.message.replace(/^secret : /, ''))
      throw error
    }
    io.out(`Le mot de passe de « ${row.nom} » est changé ; le compte est actif et débloqué.`)
    return 0
  } finally {
    workspace.close()
  }
}
