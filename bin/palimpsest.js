#!/usr/bin/env node
'use strict';
// The CLI is compiled by `npm run build` (run by `prepare` on `npm ci`).
require('../dist/apps/cli/src/main.js');
