// Runtime entry for @palimpsest/kafka: the compiled lib (npm run build). Type-checking
// and tests resolve the TypeScript sources through tsconfig paths instead.
module.exports = require('../../dist/libs/kafka/src/index.js');
