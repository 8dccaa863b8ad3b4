/** A Word file refused or unreadable, with a French message for the coordinator. */
export class DocxError extends Error {}
