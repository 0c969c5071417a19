/** The web app manifest: the atlas can be installed and opened like an app, offline too. */
import type { APIRoute } from 'astro';
import { asset, config } from '../lib/queries/context.ts';
import { pick } from '../lib/model/localized-text.ts';

const locale = config.languages.interface[0]!;

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: pick(config.title, locale).text,
        short_name: pick(config.shortTitle, locale).text,
        description: pick(config.description, locale).text,
        lang: locale,
        start_url: asset('/'),
        scope: asset('/'),
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [{ src: asset('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
