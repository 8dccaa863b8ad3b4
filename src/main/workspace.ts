import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import type { ServiceContext } from './api/context'
import { demoDbPath } from './store/data-paths'
import { openDatabase, type OpenedDatabase, type OpenOptions } from './store/open-database'
import { todayIso } from '../shared/calendar/dates'

export interface WorkspaceOptions extends OpenOptions {
  /** Fixed "today" for tests and reproducible runs. */
  today?: () => string
}

/**
 * The database the hosts work on: the user's own file, or the demonstration file beside it.
 * The demo never writes into the user's file, and the user's file is never deleted.
 */
export class Workspace {
  private opened: OpenedDatabase
  private demo = false

  constructor(
    readonly mainPath: string,
    private readonly options: WorkspaceOptions = {},
  ) {
    this.opened = openDatabase(mainPath, options)
  }

  get isDemo(): boolean {
    return this.demo
  }

  get path(): string {
    return this.opened.path
  }

  context(): ServiceContext {
    return {
      db: this.opened.db,
      sqlite: this.opened.sqlite,
      workspace: this,
      newId: randomUUID,
      today: this.options.today ?? (() => todayIso()),
    }
  }

  /** Replaces the demo file by a fresh one, fills it with `fill`, and works on it. */
  openDemo(fill: (ctx: ServiceContext) => void): void {
    const path = demoDbPath(this.mainPath)
    if (path === this.mainPath) throw new Error('demo path equals main path')
    this.opened.sqlite.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
    this.opened = openDatabase(path, this.options)
    this.demo = true
    const ctx = this.context()
    ctx.sqlite.transaction(() => fill(ctx))()
  }

  leaveDemo(): void {
    if (!this.demo) return
    this.opened.sqlite.close()
    this.opened = openDatabase(this.mainPath, this.options)
    this.demo = false
  }

  close(): void {
    this.opened.sqlite.close()
  }
}
