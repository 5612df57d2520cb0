/** src/integration/fonts-css.ts: the addresses of the faces the first screen preloads. */
declare module 'virtual:font-preloads' {
  const urls: string[];
  export default urls;
}
