import { formatDateCourteFr } from '../../shared/calendar/dates'
import type { ClosingFile } from './closing-part'

export interface ReadmeInput {
  association: string
  annee: string
  asOf: string
  editeLe: string
  formulaire: string
  fichiers: Pick<ClosingFile, 'chemin' | 'description'>[]
  avertissements: string[]
}

/**
 * README.txt: what each file of the folder is, in French, for whoever opens the folder or the
 * .zip (a CAF officer, next year's coordinator). CRLF line ends: Windows' Notepad shows them.
 */
export function closingReadme(r: ReadmeInput): string {
  const lines = [
    `Clôture de l'année ${r.annee} — ${r.association}`,
    '',
    `Dossier préparé par Clas le ${formatDateCourteFr(r.editeLe)}. Les chiffres sont ceux des séances tenues jusqu'au ${formatDateCourteFr(r.asOf)} :`,
    'les séances seulement prévues ne sont pas comptées.',
    `Formulaire de bilan utilisé : ${r.formulaire}.`,
    '',
    'Fichiers :',
    ...r.fichiers.flatMap((f) => [`- ${f.chemin}`, `    ${f.description}`]),
    `- README.txt`,
    '    Ce fichier.',
  ]
  if (r.avertissements.length) lines.push('', 'À savoir :', ...r.avertissements.map((a) => `- ${a}`))
  lines.push('', 'Le même contenu est rangé dans le fichier .zip placé à côté du dossier, prêt à joindre à un courriel ou à déposer sur le portail partenaires de la CAF.')
  return `${lines.join('\r\n')}\r\n`
}
