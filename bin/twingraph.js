#!/usr/bin/env node
// The `twingraph` command: runs the TypeScript CLI through tsx, so no build step stands between edit and use.
import { register } from 'tsx/esm/api';

register();
await import('../import/cli.ts');
