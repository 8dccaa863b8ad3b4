import { describe, expect, it } from 'vitest'
import { backupFileName, databaseStem, parseBackupFileName } from './backup-names'

describe('backup file names', () => {
  it('reads back what it writes: database, local time to the second, reason, encryption', () => {
    const date = new Date(2025, 10, 20, 16, 45, 3)
    const name = backupFileName({ stem: 'clas', date, reason: 'import', encrypted: false })
    expect(name).toBe('clas_2025-11-20_164503_import.sqlite')
    expect(parseBackupFileName(name)).toEqual({ stem: 'clas', date, reason: 'import', encrypted: false })
    const second = backupFileName({ stem: 'les_ponts', date, reason: 'quotidienne', encrypted: true }, 2)
    expect(second).toBe('les_ponts_2025-11-20_164503_quotidienne-2.sqlite.chiffre')
    expect(parseBackupFileName(second)).toEqual({ stem: 'les_ponts', date, reason: 'quotidienne', encrypted: true })
    const ofSeries = backupFileName({ stem: 'clas', date, reason: 'manuelle', encrypted: true, series: '0a1b2c3d4e5f' }, 3)
    expect(ofSeries).toBe('clas_2025-11-20_164503_manuelle-3_0a1b2c3d4e5f.sqlite.chiffre')
    expect(parseBackupFileName(ofSeries)).toEqual({ stem: 'clas', date, reason: 'manuelle', encrypted: true, series: '0a1b2c3d4e5f' })
  })

  it('ignores any other file of the folder (a USB key holds other things)', () => {
    for (const other of ['photo.jpg', 'clas.sqlite', 'clas_2025-11-20_164503_vacances.sqlite', 'clas_2025-02-30_120000_import.sqlite', 'clas_endommagee_2025.sqlite', '.clas_2025-11-20_164503_import.sqlite.ab12.tmp']) {
      expect(parseBackupFileName(other)).toBeNull()
    }
  })

  it('names backups after the database file', () => {
    expect(databaseStem('/home/a/Clas/clas.sqlite')).toBe('clas')
    expect(databaseStem('C:\\x\\asso.db'.replace(/\\/g, '/'))).toBe('asso')
    expect(databaseStem('/tmp/registre')).toBe('registre')
  })
})
