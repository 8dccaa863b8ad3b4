import { createRequire } from 'node:module'

// exceljs and pdfmake take a large part of a start when loaded (with mammoth and jszip, 0.87 s of
// CPU): they are required on first use, so that a command or a call that does not need them does
// not pay for them. Required rather than imported because both are CommonJS and some of their
// users are synchronous (calls that run inside one transaction).
// Not named `require`: electron-vite's ESM output declares one at the top of each bundle.
const requireCjs = createRequire(import.meta.url)

/** exceljs, loaded on first use. */
export const loadExcelJS = (): typeof import('exceljs') => requireCjs('exceljs')
