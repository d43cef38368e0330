#!/usr/bin/env node
// The installed command: runs the compiled CLI (npm run build, or npm ci, makes dist/).
import '../dist/cli/main.js'
