import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';

// Posters live in src/assets/videos/ so that Astro's image pipeline resizes and converts them.
const files = import.meta.glob<{ default: ImageMetadata }>('/src/assets/videos/*.{png,jpg,jpeg,webp}', { eager: true });

/** A poster resized and converted to WebP at a given width (Astro's image pipeline, sharp). */
export async function posterImage(name: string, width: number) {
	const source = files[`/src/assets/videos/${name}`]?.default;
	if (!source) throw new Error(`src/assets/videos/${name} is missing (named by a video's "poster")`);
	const image = await getImage({ src: source, width, format: 'webp' });
	return { src: image.src, width: image.attributes.width as number, height: image.attributes.height as number };
}

/** A poster at two widths, for lists and profiles: phones with dense screens get the larger one. */
export async function posterSet(name: string) {
	const [small, large] = await Promise.all([posterImage(name, 320), posterImage(name, 640)]);
	return { ...small, srcset: `${small.src} 320w, ${large.src} 640w` };
}
