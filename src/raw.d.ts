/** Text files embedded at build time (presets); vitest and the esbuild build both support `?raw`. */
declare module "*?raw" {
  const text: string;
  export default text;
}
