import type { CollectionConfig } from 'payload'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { hasAnyRole, isAdmin, isAdminOrSelf } from '../../src/access'
import { ROLES } from '../../src/access/roles'
import { env, servedOverHttps } from '../../src/config/env'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  auth: {
    // Brute-force protection: after 5 wrong passwords the account waits 10 minutes.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: env().NODE_ENV === 'production' && servedOverHttps(),
    },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    admin: hasAnyRole,
    // Unlocking lifts the 5-try lockout: left to anyone signed in, an editor could unlock the admin
    // account after every fifth guess. Only admins may.
    unlock: isAdmin,
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      // The first account is made an admin anyway (see makeFirstUserAdmin); say so on the form.
      defaultValue: async ({ req }) =>
        (await req.payload.count({ collection: 'users', req })).totalDocs === 0 ? ['admin'] : ['editor'],
      options: ROLES.map((role) => ({ value: role, label: role[0].toUpperCase() + role.slice(1) })),
      access: { create: isAdmin, update: isAdmin },
      admin: {
        description: 'Admins manage users; editors keep the record; staff handle contact and removal requests.',
      },
    },
  ],
}
