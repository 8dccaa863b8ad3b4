import { describe, expect, it } from 'vitest'
import { contract, type CallName } from '.'
import { READ_ONLY_CALLS } from './read-only-calls'

describe('READ_ONLY_CALLS', () => {
  it("is the contract's read-only calls, no more, no less", () => {
    const fromContract = (Object.keys(contract) as CallName[]).filter((name) => (contract[name] as { readOnly?: boolean }).readOnly).sort()
    expect([...READ_ONLY_CALLS].sort()).toEqual(fromContract)
  })
})
