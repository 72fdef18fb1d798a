export const SERVER_NODE_FLAGS: readonly string[];
export function nextStartArgs(appDir: string, port: number | string, hostname?: string): string[];
