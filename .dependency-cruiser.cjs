/** Layer rules (docs/ARCHITECTURE.md): core is pure, web never reaches into server. */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'packages/core holds the domain: no I/O, no server or web code, no runtime packages.',
      from: { path: '^packages/core/src' },
      to: {
        pathNot: ['^packages/core/src'],
        dependencyTypesNot: ['type-only'],
      },
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
    exclude: { path: ['\\.test\\.ts$', '/test/', 'node_modules', 'dist'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
