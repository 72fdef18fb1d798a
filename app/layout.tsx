import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Innovation Atlas — Shanghai · Suzhou · Shaoxing · Boston',
  description:
    'Science-and-technology cooperation between Shanghai (Zhangjiang, Lin-gang), Suzhou, Shaoxing and Boston: places, cooperation links and economic figures, each with its source.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
