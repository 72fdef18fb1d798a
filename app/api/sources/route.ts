import { answerSources } from '@/lib/api/server/handlers/sources';

export const GET = answerSources;
