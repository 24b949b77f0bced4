// Runtime entry for @palimpsest/persistence: the compiled lib (npm run build). Type-checking
// and tests resolve the TypeScript sources through tsconfig paths instead.
module.exports = require('../../dist/libs/persistence/src/index.js');
