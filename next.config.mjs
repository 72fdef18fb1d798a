import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The data files are read at run time from data/; tracing keeps them next to a standalone build too.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
};

export default withNextIntl(nextConfig);
