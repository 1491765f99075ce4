/** The one list of roles; the users collection, access rules and tests all read it. */
export const ROLES = ['admin', 'editor', 'staff'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role as Role)))
}
