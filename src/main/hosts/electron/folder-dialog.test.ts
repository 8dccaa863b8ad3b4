import { describe, expect, it } from 'vitest'
import { chooseFolder, type FolderDialog, type FolderDialogOptions } from './folder-dialog'

/** Electron's dialog reduced to showOpenDialog: records what it was asked, answers as told. */
function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const asked: { window: string; options: FolderDialogOptions }[] = []
  const dialog: FolderDialog<string> = {
    showOpenDialog: async (window, options) => (asked.push({ window, options }), answer),
  }
  return { dialog, asked }
}

describe('the native folder dialog', () => {
  it('answers the folder chosen, asked modal to the window, in French, for a folder it may create', async () => {
    const fake = fakeDialog({ canceled: false, filePaths: ['/media/nadia/CLE USB/Clas'] })
    expect(await chooseFolder(fake.dialog, 'fenêtre principale', { usage: 'sauvegardes', depuis: '/media/nadia' })).toBe('/media/nadia/CLE USB/Clas')
    expect(fake.asked).toEqual([{
      window: 'fenêtre principale',
      options: {
        title: 'Choisir le dossier des sauvegardes',
        message: 'Les sauvegardes de la base y seront écrites (une clé USB convient).',
        buttonLabel: 'Choisir ce dossier',
        defaultPath: '/media/nadia',
        properties: ['openDirectory', 'createDirectory'],
      },
    }])
  })

  it('answers null when the person cancels', async () => {
    const fake = fakeDialog({ canceled: true, filePaths: [] })
    expect(await chooseFolder(fake.dialog, 'w', { usage: 'cloture' })).toBeNull()
    expect(fake.asked[0].options.title).toBe('Choisir le dossier de la clôture')
    // No field value yet: the dialog opens where the system likes.
    expect(fake.asked[0].options).not.toHaveProperty('defaultPath')
  })

  it('opens no dialog for a purpose it does not know, and ignores a path that is no path', async () => {
    const fake = fakeDialog({ canceled: false, filePaths: ['/tmp'] })
    for (const usage of [undefined, 'autre', 'toString', '__proto__', 42]) {
      expect(await chooseFolder(fake.dialog, 'w', { usage })).toBeNull()
    }
    expect(fake.asked).toEqual([])
    await chooseFolder(fake.dialog, 'w', { usage: 'cloture', depuis: 'x'.repeat(5000) })
    await chooseFolder(fake.dialog, 'w', { usage: 'cloture', depuis: { chemin: '/etc' } })
    expect(fake.asked.map((a) => a.options.defaultPath)).toEqual([undefined, undefined])
  })
})
