// Prints the access table (test/helpers/accessTable.ts) as Markdown for docs/security.md, so the
// document shows the same table the access-matrix suite enforces:
//   node scripts/run-ts.mjs scripts/access-summary.ts
import { COLLECTION_RULES, GLOBAL_RULES, PERSONAL_DATA } from '../test/helpers/accessTable'

const OPS = ['create', 'read', 'readDraft', 'update', 'delete', 'readVersions', 'unlock'] as const
const cell = (actors: string[] | undefined) =>
  actors === undefined ? '—' : actors.length ? actors.join(', ') : 'nobody'
const lines = [`| collection / global | ${OPS.join(' | ')} |`, `| --- | ${OPS.map(() => '---').join(' | ')} |`]
for (const [slug, ops] of Object.entries(COLLECTION_RULES))
  lines.push(`| ${slug} | ${OPS.map((op) => cell(ops[op])).join(' | ')} |`)
for (const [slug, ops] of Object.entries(GLOBAL_RULES))
  lines.push(`| ${slug} (global) | ${OPS.map((op) => cell((ops as Record<string, string[]>)[op])).join(' | ')} |`)
const cells =
  Object.values(COLLECTION_RULES).reduce((n, ops) => n + Object.keys(ops).length, 0) +
  Object.values(GLOBAL_RULES).reduce((n, ops) => n + Object.keys(ops).length, 0)
lines.push('', `${cells} cells.`)
lines.push('', '| personal data | who may read it |', '| --- | --- |')
for (const { where, readers } of Object.values(PERSONAL_DATA)) lines.push(`| ${where} | ${cell(readers)} |`)
console.log(lines.join('\n'))
