// Import rules (issue 17 §3): dependencies run one way, so a rule lives in one place and a
// newcomer can read a module without reading what imports it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means neither module can be understood (or loaded) without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-not-to-collections',
      severity: 'error',
      comment: 'Collections are Payload config built from src/; src/ never reaches back into a collection.',
      from: { path: '^src/' },
      to: { path: '^collections/' },
    },
    {
      name: 'collections-not-to-siblings',
      severity: 'error',
      comment: 'A rule two collections share lives in src/, not in one of them.',
      from: { path: '^collections/([^/]+)/' },
      to: { path: '^collections/', pathNot: '^collections/$1/' },
    },
    {
      name: 'site-and-takedown-one-way',
      severity: 'error',
      comment:
        'The public data layer (src/site) may ask the takedown rules what is hidden; the rules never import the site. ' +
        'The list of languages (src/site/locales.ts) imports nothing and is shared by both.',
      from: { path: '^src/takedown/' },
      to: { path: '^src/site/', pathNot: '^src/site/locales\\.ts$' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead (knip says the same for exports).',
      from: {
        orphan: true,
        pathNot: [
          '(^|/)\\.[^/]+\\.(c|m)?js$',
          '\\.d\\.ts$',
          '^(app|scripts|test)/',
          '^src/(cli|migrations)/',
          '^src/server/main\\.ts$',
          '^src/cache/redisCacheHandler\\.cjs$',
          '^[^/]+\\.(ts|mjs|cjs)$',
        ],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|data|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
