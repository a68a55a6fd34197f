import { defineMiddleware } from 'astro:middleware';
import { splitLocale, useTranslations } from './lib/i18n';

/**
 * Every page learns its language from its address (/ar/… is Arabic, no prefix
 * is French) and finds it, with the translation function, in Astro.locals: no
 * component receives the locale as a prop. Runs at build time for static pages
 * (https://docs.astro.build/en/guides/middleware/).
 */
export const onRequest = defineMiddleware((context, next) => {
	const { locale } = splitLocale(context.url.pathname);
	context.locals.locale = locale;
	context.locals.t = useTranslations(locale);
	return next();
});
