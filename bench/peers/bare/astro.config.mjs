// The bare pipeline: MDX with remark-gfm on the unified processor, nothing else.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  integrations: [mdx()],
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
});
