// Runtime entry for @palimpsest/shared-folder: the compiled lib (npm run build). Type-checking
// and tests resolve the TypeScript sources through tsconfig paths instead.
module.exports = require('../../dist/libs/shared-folder/src/index.js');
