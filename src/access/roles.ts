import type { ClientUser } from 'payload'

/** The one list of roles; the users collection, access rules and tests all read it. */
export const ROLES = ['admin', 'editor', 'staff'] as const
export type Role = (typeof ROLES)[number]

/** Anything that may carry roles: a signed-in user, the admin's client user, or nobody. */
export type RoleHolder = { roles?: (Role | string)[] | null } | ClientUser | null | undefined

export function hasRole(user: RoleHolder, ...roles: Role[]): boolean {
  return Boolean((user?.roles as (Role | string)[] | null | undefined)?.some((role) => roles.includes(role as Role)))
}
