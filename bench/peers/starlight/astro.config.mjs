// Starlight with its defaults; a second locale when the atlas has a second interface language.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const second = process.env.BENCH_SECOND_LOCALE;
export default defineConfig({
  integrations: [
    starlight({
      title: 'Benchmark',
      ...(second ? { defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, [second]: { label: second, lang: second } } } : {}),
    }),
  ],
});
