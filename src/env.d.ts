declare module 'virtual:territory' {
	const territory: import('./schemas/territory').Territory;
	export default territory;
}

declare namespace App {
	interface Locals {
		/** The page's language, from its address (src/middleware.ts). */
		locale: import('./lib/i18n/locales').Locale;
		/** Interface strings in that language. */
		t: import('./lib/i18n/strings').Translate;
	}
}
