import QRCode from 'qrcode';

/**
 * An SVG QR code for a URL, drawn at build time (qrcode is a maintained library).
 * Level L: it is printed clean on paper next to the URL in text, and every byte
 * counts on a profile's first view.
 */
export async function qrSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'L', margin: 1, color: { dark: '#000000', light: '#0000' } });
	// No background path: it prints on white paper. Decorative for screen readers: the URL is printed next to it as text.
	return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
