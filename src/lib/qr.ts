import QRCode from 'qrcode';

/** An SVG QR code for a URL, drawn at build time (qrcode is a maintained library). */
export async function qrSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } });
	// Decorative for screen readers: the URL is printed next to it as text.
	return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
