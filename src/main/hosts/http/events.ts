import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { Dispatch } from '../../api/dispatch'
import { UNAUTHORIZED_MESSAGE } from '../../access/permissions'
import type { Caller } from '../../access/sessions'
import type { Change, ChangeFeed } from '../../changes/change-feed'
import { mayUpload } from './body-admission'

/** A page names itself with a short random id (api/transport.ts); anything else is ignored. */
export const clientIdOf = (value: string | undefined | null): string | undefined =>
  value && /^[\w-]{1,64}$/.test(value) ? value : undefined

/** A comment line now and then: proxies and sleeping laptops drop a stream silent for long. */
const KEEP_ALIVE_MS = 25_000

/**
 * `GET /api/evenements`: the writes made by the others, as server-sent events (`event: change`,
 * data `{"appel":"registre.setPresence"}`), for the screens to read again. Only to a caller the
 * base would answer (a live session, or a base without accounts); checked again before each
 * event, so a session closed or expired meanwhile ends the stream (the page then shows the lock
 * screen on its next call and listens again once identified).
 */
export async function changeStream(c: Context, { dispatch, changes, caller, client }: { dispatch: Dispatch; changes: ChangeFeed; caller: Caller; client: string | undefined }): Promise<Response> {
  // The same question as before a large body is read: does this caller hold a live session?
  const allowed = () => mayUpload(dispatch, caller)
  if (!(await allowed())) return c.json({ error: { code: 'unauthorized', message: UNAUTHORIZED_MESSAGE } }, 401)
  c.header('X-Accel-Buffering', 'no')
  return streamSSE(c, async (stream) => {
    await new Promise<void>((ended) => {
      let sending = Promise.resolve()
      let unsubscribe: () => unknown = () => undefined
      const finish = () => {
        clearInterval(keepAlive)
        unsubscribe()
        ended()
      }
      const send = (change: Change) => {
        // Not inside the write's own call stack: told after it answered, one event after another.
        sending = sending.then(async () => {
          if (stream.closed || stream.aborted) return finish()
          if (!(await allowed())) return finish()
          await stream.writeSSE({ event: 'change', data: JSON.stringify({ appel: change.appel }) })
        }).catch(finish)
      }
      unsubscribe = changes.subscribe((change) => {
        if (client === undefined || change.origine !== client) send(change)
      })
      const keepAlive = setInterval(() => void stream.write(': \n\n').catch(finish), KEEP_ALIVE_MS)
      stream.onAbort(finish)
      // Written at once, so that the page (and a test) knows it listens from now on.
      void stream.write(': ouvert\n\n').catch(finish)
    })
  })
}
