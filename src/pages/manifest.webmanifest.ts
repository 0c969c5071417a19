/** The web app manifest: the atlas can be installed and opened like an app, offline too. */
import type { APIRoute } from 'astro';
import { siteConfig } from '../../site.config.ts';
import { href } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: siteConfig.title,
        short_name: siteConfig.shortTitle,
        description: siteConfig.description,
        lang: siteConfig.defaultLanguage,
        start_url: href('/'),
        scope: href('/'),
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [{ src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
