// Runtime entry for @palimpsest/platform: the compiled lib (npm run build). Type-checking
// and tests resolve the TypeScript sources through tsconfig paths instead.
module.exports = require('../../dist/libs/platform/src/index.js');
