/** A list file that cannot be read: the message is the French sentence the coordinator reads. */
export class ListFileError extends Error {
  override readonly name = 'ListFileError'
}
