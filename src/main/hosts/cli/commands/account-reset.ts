import { ApiError } from '../../../../shared/contract/errors'
import type { Compte } from '../../../../shared/contract/comptes'
import type { TypeSecret } from '../../../../shared/access/secret-rules'
import { readHidden } from '../ask-secret'
import { callOrFail, openWorkspace } from '../open-workspace'
import { CliError, type CliIO } from '../io'

const INTERRUPTED = 'Interrompu : rien n’a été changé.'

/** « nadia b. » finds « Nadia B. »: the name is typed from memory of the lock screen. */
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * `clas account reset --name NOM`: a forgotten password replaced (and the account unlocked).
 * Whoever holds the file holds the data, so the command line needs no session; the password comes
 * from CLAS_NOUVEAU_MOT_DE_PASSE or is typed twice, never on the command line (process list).
 */
export async function accountResetCommand(flags: { db?: string; name?: string }, io: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (!flags.name) throw new CliError('Indiquez le compte : --name "Nadia B." (le nom affiché sur l’écran de verrouillage).', 2)
  const name = flags.name
  const { workspace, dispatch } = openWorkspace(flags.db)
  try {
    const compte = callOrFail<Compte[]>(dispatch, 'comptes.list', {}).find((c) => sameName(c.nom, name))
    if (!compte) throw new CliError(`Aucun compte ne s'appelle « ${name} ».`)
    let secret = env.CLAS_NOUVEAU_MOT_DE_PASSE
    if (!secret) {
      if (!process.stdin.isTTY) throw new CliError('Donnez le nouveau mot de passe dans la variable d’environnement CLAS_NOUVEAU_MOT_DE_PASSE.')
      secret = await readHidden(`Nouveau mot de passe de « ${compte.nom} » : `, INTERRUPTED)
      if ((await readHidden('Le même, pour confirmer : ', INTERRUPTED)) !== secret) throw new CliError('Les deux saisies diffèrent : rien n’a été changé.')
    }
    try {
      // A PIN becomes a password: the command line is where a forgotten coordinator's account comes back.
      await dispatch('comptes.save', { id: compte.id, nom: compte.nom, role: compte.role, type: 'mot_de_passe' satisfies TypeSecret, secret, collectifIds: compte.collectifIds, actif: true })
    } catch (error) {
      if (error instanceof ApiError) throw new CliError(error.message.replace(/^secret : /, ''))
      throw error
    }
    io.out(`Le mot de passe de « ${compte.nom} » est changé ; le compte est actif et débloqué.`)
    return 0
  } finally {
    workspace.close()
  }
}
