// Preloaded with `node -r` by start-up tests: on exit, writes the CommonJS modules the process
// loaded (imported ones included: Node loads a CommonJS package through this cache either way).
const { writeFileSync } = process.getBuiltinModule('node:fs')
process.on('exit', () => writeFileSync(process.env.CLAS_LOADED_MODULES_OUT, Object.keys(require.cache).join('\n')))
