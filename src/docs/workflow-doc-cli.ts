/** `npm run docs:workflow`: writes docs/workflow.md from the machines. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { WORKFLOW_DOC_PATH, workflowDocument } from './workflow-doc';

mkdirSync(dirname(WORKFLOW_DOC_PATH), { recursive: true });
writeFileSync(WORKFLOW_DOC_PATH, workflowDocument());
console.log(`wrote ${WORKFLOW_DOC_PATH}`);
