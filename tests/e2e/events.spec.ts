import { expect, test } from '@playwright/test';

test('the agenda lists upcoming events by month, filters without JavaScript, and archives past events', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/agenda/');
	await expect(page.locator('h1')).toHaveText('Agenda');
	const months = page.locator('section[aria-labelledby^="m-"] h2');
	expect(await months.count()).toBeGreaterThan(1);
	await expect(page.locator('.event').first()).toBeVisible();
	// Example events stay upcoming whatever the build date: the first month is this year or next.
	const year = new Date().getFullYear();
	await expect(months.first()).toHaveText(new RegExp(`${year}|${year + 1}`));
	await page.locator('.filters a', { hasText: 'Job dating' }).click();
	await expect(page).toHaveURL(/\/agenda\/categorie\/job-dating\/$/);
	for (const tag of await page.locator('.event .tag:first-child').allTextContents()) expect(tag).toBe('Job dating');
	await page.goto('/agenda/archives/');
	await expect(page.locator('h1')).toHaveText('Événements passés');
	await expect(page.locator('.event', { hasText: 'Semaine des métiers du soin' })).toContainText('2023');
	await context.close();
});

test('an event page gives when, where, how to come, Event data and a calendar file', async ({ page, request }) => {
	await page.goto('/agenda/job-dating-grand-age-mont-de-marsan/');
	await expect(page.locator('h1')).toContainText('Job dating');
	await expect(page.locator('.event-facts')).toContainText('heure de Paris');
	await expect(page.locator('.event-facts')).toContainText('Mont-de-Marsan');
	await expect(page.locator('.event-facts')).toContainText('Entrée libre');
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(json['@type']).toBe('Event');
	expect(json.eventStatus).toBe('https://schema.org/EventScheduled');
	expect(json.location['@type']).toBe('Place');
	const ics = page.getByRole('link', { name: /Ajouter à mon agenda/ });
	const response = await request.get((await ics.getAttribute('href'))!);
	expect(response.headers()['content-type']).toContain('text/calendar');
	const body = await response.text();
	expect(body).toContain('BEGIN:VEVENT');
	expect(body).toContain('DTSTART;TZID=Europe/Paris:');
	expect(body).toContain('UID:job-dating-grand-age-mont-de-marsan@');
});

test('a cancelled event says so, in French and in Arabic, and offers no registration', async ({ page }) => {
	await page.goto('/agenda/forum-metiers-du-lien-dax/');
	await expect(page.locator('[role="note"]').first()).toHaveText('Cet événement est annulé.');
	await expect(page.getByRole('link', { name: /Ajouter à mon agenda/ })).toHaveCount(0);
	const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
	expect(json.eventStatus).toBe('https://schema.org/EventCancelled');
	await page.goto('/ar/agenda/forum-metiers-du-lien-dax/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('h1')).toHaveText(/[\u0600-\u06FF]/);
	await expect(page.locator('.event-facts')).toContainText('2027');
});

test('profiles and the home page show the next events, and the feed is a calendar', async ({ page, request }) => {
	await page.goto('/metiers/aide-soignant/');
	await expect(page.locator('section[aria-labelledby="agenda"] li a').first()).toHaveAttribute('href', /^\/agenda\//);
	await page.goto('/');
	await expect(page.locator('#home-events')).toBeVisible();
	await expect(page.locator('section[aria-labelledby="home-events"] .event').first()).toBeVisible();
	const feed = await request.get('/agenda/agenda.ics');
	expect(feed.headers()['content-type']).toContain('text/calendar');
	expect((await feed.text()).match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(2);
});
