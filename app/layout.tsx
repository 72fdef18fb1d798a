import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Innovation Atlas — Shanghai · Suzhou · Shaoxing · Boston',
  description:
    'Science-and-technology cooperation between Shanghai (Zhangjiang, Lin-gang), Suzhou, Shaoxing and Boston: places, cooperation links and economic figures, each with its source.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: Next can only put this request's CSP nonce on its scripts then.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
