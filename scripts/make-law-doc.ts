// Writes docs/LAW.md from the legal registry and the rule catalogue (run: npm run law).
import { writeFileSync } from 'node:fs';
import { lawMarkdown } from './lawDoc.js';

writeFileSync('docs/LAW.md', lawMarkdown());
console.log('wrote docs/LAW.md');
