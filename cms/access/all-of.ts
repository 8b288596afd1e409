import type { Access, AccessResult, Where } from 'payload'

/**
 * Access that every one of `accesses` grants: false if any refuses, otherwise the conjunction of
 * their query constraints. Lets a collection keep its own rule and add the workspace rule on top.
 */
export const allOf =
  (...accesses: Access[]): Access =>
  async (args) => {
    const wheres: Where[] = []
    for (const access of accesses) {
      const result: AccessResult = await access(args)
      if (!result) return false
      if (result !== true) wheres.push(result)
    }
    if (!wheres.length) return true
    return wheres.length === 1 ? wheres[0]! : { and: wheres }
  }
