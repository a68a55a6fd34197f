declare module 'virtual:territory' {
	const territory: import('./schemas/territory').Territory;
	export default territory;
}
