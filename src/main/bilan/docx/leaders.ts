/** Characters that draw a line to write on: ellipsis, dots, underscores, en spaces. */
export const LEADER_CHARS = '…._\u2002\u2003\u00a0'
const LEADERS = new RegExp(`^[\\s${LEADER_CHARS},;]*$`)
export const isLeaderOnly = (text: string) => LEADERS.test(text) && /[…._]/.test(text)
export const isBlankText = (text: string) => /^[\s\u2002\u2003\u00a0]*$/.test(text)
