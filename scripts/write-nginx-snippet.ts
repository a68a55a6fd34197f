// npm run headers:nginx — regenerates deploy/nginx/security-headers.conf from src/lib/security/headers.ts.
import { writeFileSync } from 'node:fs';
import { nginxSnippet } from '../src/lib/security/headers';

writeFileSync('deploy/nginx/security-headers.conf', nginxSnippet());
console.log('deploy/nginx/security-headers.conf written');
