// npm run headers:nginx — regenerates the nginx snippets in deploy/nginx/ from
// src/lib/security/headers.ts (security headers) and src/lib/hosting/not-found.ts (missing pages).
import { writeFileSync } from 'node:fs';
import { nginxNotFoundSnippet } from '../src/lib/hosting/not-found';
import { nginxSnippet } from '../src/lib/security/headers';

writeFileSync('deploy/nginx/security-headers.conf', nginxSnippet());
writeFileSync('deploy/nginx/not-found.conf', nginxNotFoundSnippet());
console.log('deploy/nginx/security-headers.conf and deploy/nginx/not-found.conf written');
