// Lint rules for code (content is checked by npm run check:content).
// https://typescript-eslint.io/getting-started/ and https://ota-meshi.github.io/eslint-plugin-astro/user-guide/
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'bench-results/', 'test-results/', 'screenshots/', 'public/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
