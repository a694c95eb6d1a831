/** Layer rules (docs/ARCHITECTURE.md): core is pure, web never reaches into server. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'packages/core holds the domain: no I/O, no server or web code, no runtime packages but typebox, the ' +
        'schema library of the API contract (plain data and pure checks that run unchanged in the browser).',
      from: { path: '^packages/core/src' },
      to: {
        pathNot: ['^packages/core/src', '^node_modules/typebox/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'modules-not-http',
      severity: 'error',
      comment:
        "Use cases, repositories and policies take plain arguments (STYLE.md item 5): only a module's route " +
        'files (*.routes.ts) speak HTTP, through src/http and Fastify.',
      from: { path: '^packages/server/src/modules/', pathNot: '\\.routes\\.ts$' },
      to: { path: ['^packages/server/src/http/', '^node_modules/(fastify|@fastify)/'] },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      comment: 'core must run unchanged in the browser and in tests without I/O.',
      from: { path: '^packages/core/src' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      from: { path: '^packages/web' },
      to: { path: '^packages/server' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      from: { path: '^packages/server' },
      to: { path: '^packages/web' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Type-only imports (a route module naming the app type) are erased at runtime and do not count.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules is not followed, but its packages stay in the graph so that the rules above can see them.
    exclude: { path: ['\\.test\\.ts$', '/test/', 'dist'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
