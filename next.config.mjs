import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Files read at run time (the data, the preview font); tracing keeps them next to a standalone build too.
  outputFileTracingIncludes: { '/**': ['./data/**/*', './lib/og/fonts/*'] },
};

export default withNextIntl(nextConfig);
