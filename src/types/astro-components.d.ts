/**
 * Astro components imported by a TypeScript module (the compare columns' endpoint renders
 * them with Astro's container API). `astro build` compiles them; `tsc` does not read `.astro`
 * files, so it takes each as a component, without its props' types.
 */
declare module '*.astro' {
  const Component: Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0];
  export default Component;
}
